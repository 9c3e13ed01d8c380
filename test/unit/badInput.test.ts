// Bad input: empty, binary, invalid UTF-8, huge and hostile files give a clear diagnostic or nothing, never a crash or hang.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../support/lint';

const FILES = ['Dockerfile', 'compose.yaml'];

test('empty and whitespace-only files give no findings', () => {
  for (const file of FILES) {
    assert.deepEqual(lint('', file), []);
    assert.deepEqual(lint('\n\n  \n', file).filter((f) => f.severity === 'error'), []);
  }
});

test('binary content gives one readable-text warning and nothing else', () => {
  const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  for (const file of FILES) {
    const findings = lint(binary, file);
    assert.deepEqual(findings.map((f) => f.ruleId), ['readable-text']);
  }
});

test('invalid UTF-8 is named, and the rest of the file is still checked', () => {
  const text = new TextDecoder().decode(Buffer.from([...Buffer.from('FROM node:latest\nLABEL x="'), 0xff, 0xfe, ...Buffer.from('"\n')]));
  assert.deepEqual(lint(text).map((f) => f.ruleId).sort(), ['pin-base-image-tag', 'readable-text']);
});

test('a 5 MB line is checked in bounded time', () => {
  const long = 'x'.repeat(5 * 1024 * 1024);
  for (const [file, text] of [['Dockerfile', `FROM node:22\nRUN echo ${long}\n`], ['compose.yaml', `services:\n  web:\n    image: nginx:1.27\n    command: ${long}\n`]] as const) {
    const started = performance.now();
    lint(text, file);
    assert.ok(performance.now() - started < 5000, `${file} took too long`);
  }
});

test('a billion-laughs YAML file returns quickly without expanding aliases', () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  lines.push('services:\n  web:\n    image: nginx:1.27');
  const started = performance.now();
  lint(lines.join('\n'), 'compose.yaml');
  assert.ok(performance.now() - started < 2000);
});

test('unbalanced brackets, stray heredocs and lone continuations do not crash', () => {
  const hostile = ['FROM', 'FROM node:22\nRUN <<EOF\n', 'FROM node:22 \\\n', 'CMD ["unterminated', 'ONBUILD ONBUILD ONBUILD', '\\\n\\\n\\', 'FROM node:22\nCMD [', '# escape=`\nFROM node:22 `\n'];
  for (const text of hostile) assert.doesNotThrow(() => lint(text));
  for (const text of ['services:\n  - [', '{{{{', 'services: !!binary xyz', ':\n:\n-', 'services:\n\tweb:\n']) assert.doesNotThrow(() => lint(text, 'compose.yaml'));
});
