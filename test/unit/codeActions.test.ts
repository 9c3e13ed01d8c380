// Code actions: recomputed from the current text, offered only for matching diagnostics, never for stale ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, documentFor, service } from '../support/lint';

test('a diagnostic with a fix gets one quick-fix whose edit produces the fixed text', () => {
  const document = documentFor('FROM node:22\nMAINTAINER me\n');
  const diagnostics = service.validate(document);
  const actions = service.codeActions(document, diagnostics);
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
