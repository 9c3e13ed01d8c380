// valid-hadolint-config: fires once on line 1 when .hadolint.yaml cannot be fully read; stays silent on good configs and without one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';

function configFindings(config: string | undefined) {
  const service = createLanguageService({ files: { readText: (uri) => (uri === 'file:///repo/.hadolint.yml' ? config : undefined) } });
  return service.lint(TextDocument.create('file:///repo/app/Dockerfile', 'dockerfile', 1, 'FROM alpine:3.20\n')).filter((f) => f.ruleId === 'valid-hadolint-config');
}

test('fires once at the start of the file on invalid YAML, naming the file', () => {
  const findings = configFindings('override:\n  error: [DL3000\n  warning: x\n');
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(findings[0]!.message, /^The hadolint config \/repo\/\.hadolint\.yml is not applied: it is not valid YAML/);
});

test('fires on wrong shapes, counting what it does not show', () => {
  const findings = configFindings('ignored: DL3000\noverride: [x]\nlabel-schema: {a: number}\nstrict-labels: 1\nfailure-threshold: fatal\n');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /only partly applied: "ignored" must be a list; .*\(and 2 more\)\.$/);
});

test('stays silent on a good config, an empty one, and without one', () => {
  assert.deepEqual(configFindings('ignored: [DL3008]\nformat: tty\nverbose: true\n'), []);
  assert.deepEqual(configFindings(''), []);
  assert.deepEqual(configFindings(undefined), []);
});
