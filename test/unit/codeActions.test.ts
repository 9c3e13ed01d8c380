// Code actions: recomputed from the current text, offered only for matching diagnostics, never for stale ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeEngine } from '../../server/src/compose/engine';
import { dockerfileEngine } from '../../server/src/dockerfile/engine';
import { noFiles } from '../../server/src/service';
import { applyEdits, documentFor, service } from '../support/lint';

test('a diagnostic with a fix gets one quick-fix whose edit produces the fixed text', () => {
  const document = documentFor('FROM node:22\nMAINTAINER me\n');
  const diagnostics = service.validate(document);
  const all = service.codeActions(document, diagnostics);
  assert.deepEqual(all.map((a) => a.title.split(' ')[0]), ['Replace', 'Show', 'Ignore']);
  assert.deepEqual(all[1]!.command, { title: 'Show documentation for no-maintainer', command: 'containerCoach.showRuleDoc', arguments: ['no-maintainer'] });
  const actions = all.filter((a) => a.edit !== undefined && !a.title.startsWith('Ignore'));
  assert.equal(actions.length, 1);
  assert.equal(actions[0]!.kind, 'quickfix');
  assert.equal(actions[0]!.isPreferred, true);
  const edits = actions[0]!.edit!.changes![document.uri]!;
  assert.equal(applyEdits(document.getText(), edits), 'FROM node:22\nLABEL org.opencontainers.image.authors="me"\n');
});

test('diagnostics carry code, docs link, source and data', () => {
  const [diagnostic] = service.validate(documentFor('FROM node:latest\n'));
  assert.equal(diagnostic!.code, 'pin-base-image-tag');
  assert.equal(diagnostic!.source, 'container-coach');
  assert.match(diagnostic!.codeDescription!.href, /pin-base-image-tag\.md$/);
  assert.deepEqual(diagnostic!.data, { ruleId: 'pin-base-image-tag', fixable: false, topic: 'concept:image-tags' });
});

test('a diagnostic from an older version of the text offers nothing', () => {
  const before = documentFor('FROM node:22\nMAINTAINER me\n');
  const diagnostics = service.validate(before);
  const after = TextDocument.update(before, [{ text: 'FROM node:22\n\nMAINTAINER me\n' }], before.version + 1);
  assert.deepEqual(service.codeActions(after, diagnostics), []);
});

test('other tools\' diagnostics are ignored', () => {
  const document = documentFor('FROM node:22\nMAINTAINER me\n');
  const foreign = service.validate(document).map((d) => ({ ...d, source: 'hadolint' }));
  assert.deepEqual(service.codeActions(document, foreign), []);
});

test('the ignore action inserts a comment that silences exactly that finding', () => {
  for (const [file, text] of [
    ['Dockerfile', 'FROM node:22\n  CMD node \\\n    a.js\nCMD node b.js\n'],
    ['compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - db\n'],
  ] as const) {
    const document = documentFor(text, file);
    const [diagnostic] = service.validate(document).filter((d) => d.code === (file === 'Dockerfile' ? 'prefer-exec-form' : 'depends-on-undefined-service'));
    const ignore = service.codeActions(document, [diagnostic!]).find((a) => a.title.startsWith('Ignore'))!;
    const fixed = applyEdits(text, ignore.edit!.changes![document.uri]!);
    assert.match(fixed, /# coach-ignore [a-z-]+ -- /);
    const count = (codes: unknown[]) => codes.filter((code) => code === diagnostic!.code).length;
    const before = service.validate(document).map((d) => d.code);
    const after = service.validate(documentFor(fixed, file)).map((d) => d.code);
    assert.equal(count(after), count(before) - 1, `${file}: still reported after ignoring:\n${fixed}`);
    assert.equal(after.length, before.length - 1, `${file}: only that finding disappears`);
  }
});

test('no ignore comment goes inside a YAML block scalar or a Dockerfile continuation', () => {
  const yaml = documentFor('services:\n  web:\n    image: nginx:1.27\n    command: |\n      run\n      --flag\n', 'compose.yaml');
  const composeModel = composeEngine.build(yaml, { fileName: 'compose.yaml', files: noFiles });
  assert.equal(composeEngine.suppressionAnchor(composeModel, 5), undefined);
  assert.equal(composeEngine.suppressionAnchor(composeModel, 2), 2);
  const dockerfile = documentFor('FROM node:22\nRUN a \\\n  && b\n');
  const dockerModel = dockerfileEngine.build(dockerfile, { fileName: 'Dockerfile', files: noFiles });
  assert.equal(dockerfileEngine.suppressionAnchor(dockerModel, 2), 1);
});
