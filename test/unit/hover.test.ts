// Hover: instruction keywords and Compose keys show their content docs; other places show nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFor, service } from '../support/lint';

test('hovering a Dockerfile keyword shows that instruction\'s doc', () => {
  const hover = service.hover(documentFor('FROM node:22\nrun echo hi\n'), { line: 1, character: 1 });
  assert.ok(hover);
  assert.match((hover.contents as { value: string }).value, /^\*\*RUN\*\*/);
  assert.deepEqual(hover.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
});

test('hovering an argument shows nothing', () => {
  assert.equal(service.hover(documentFor('FROM node:22\n'), { line: 0, character: 8 }), null);
});

test('hovering Compose keys shows top-level, service and nested docs', () => {
  const document = documentFor('services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      interval: 5s\n', 'compose.yaml');
  const at = (line: number, character: number) => (service.hover(document, { line, character })?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(at(0, 2), /services/);
  assert.match(at(2, 6), /image/);
  assert.match(at(4, 8), /interval/);
  assert.equal(service.hover(document, { line: 2, character: 14 }), null);
});

test('hovering where a rule fired explains the rule first, with its doc and quiz links', () => {
  const document = documentFor('FROM node:latest\nCMD node a.js\n');
  service.validate(document);
  const value = (service.hover(document, { line: 0, character: 12 })?.contents as { value: string }).value;
  assert.match(value, /^\*\*pin-base-image-tag\*\* — /);
  assert.match(value, /\[Rule documentation\]\(https:\/\/.*pin-base-image-tag\.md\)/);
  assert.match(value, /command:containerCoach\.quizTopic/);
  const onKeyword = (service.hover(document, { line: 1, character: 1 })?.contents as { value: string }).value;
  assert.match(onKeyword, /^\*\*CMD\*\*/, 'the keyword hover stays first where no rule fired on the keyword');
});

test('a finding from an older version is not explained', () => {
  const document = documentFor('FROM node:latest\n');
  service.validate(document);
  const changed = documentFor('FROM node:latest\n');
  assert.equal(service.hover(changed, { line: 0, character: 12 }), null);
});
