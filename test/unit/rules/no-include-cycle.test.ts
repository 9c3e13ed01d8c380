// no-include-cycle: fires at the include that leads back to a file being loaded; silent on diamonds, repeats and unknown files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type Finding } from '../../../server/src/service';

const RULE = 'no-include-cycle';

/** Lints `file:///p/compose.yaml` with the other files readable beside it; returns the rule's findings. */
function cycles(files: Record<string, string>, reads: string[] = []): Finding[] {
  const service = createLanguageService({ files: { readText: (uri) => (reads.push(uri), files[uri.replace('file:///p/', '')]) } });
  return service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, files['compose.yaml']!)).filter((finding) => finding.ruleId === RULE);
}

const places = (findings: Finding[]) => findings.map((finding) => `${finding.range.start.line}:${finding.range.start.character} ${finding.severity}`);

test('fires at the include through which a cycle is reached, and spells out the chain', () => {
  const reads: string[] = [];
  const findings = cycles(
    {
      'compose.yaml': 'include:\n  - db.yaml\n  - stack/a.yaml\nservices:\n  web:\n    image: example/web:1.0\n',
      'db.yaml': 'services:\n  db:\n    image: postgres:17\n',
      'stack/a.yaml': 'include: [b.yaml]\nservices:\n  a:\n    image: example/a:1.0\n',
      'stack/b.yaml': 'include: [a.yaml]\nservices:\n  b:\n    image: example/b:1.0\n',
    },
    reads,
  );
  assert.deepEqual(places(findings), ['2:4 error']);
  assert.match(findings[0]!.message, /\(compose\.yaml → stack\/a\.yaml → stack\/b\.yaml → stack\/a\.yaml\).*include cycle detected/);
  // The walk ends: each file is read once.
  assert.deepEqual(reads, [...new Set(reads)]);
});

test('fires when an included file includes the checked file back, or the file includes itself', () => {
  const back = cycles({ 'compose.yaml': 'include:\n  - path: ./sub/compose.yaml\n', 'sub/compose.yaml': 'include:\n  - ../compose.yaml\n' });
  assert.deepEqual(places(back), ['1:10 error']);
  assert.match(back[0]!.message, /compose\.yaml → sub\/compose\.yaml → compose\.yaml/);
  assert.deepEqual(places(cycles({ 'compose.yaml': 'include: [compose.yaml]\nservices: {}\n' })), ['0:10 error']);
  // A path written with a variable closes the loop once .env gives its value.
  assert.deepEqual(places(cycles({ 'compose.yaml': 'include: [a.yaml]\n', 'a.yaml': 'include: ["${MAIN:-compose}.yaml"]\n' })), ['0:10 error']);
});

test('stays silent on diamonds, repeated includes and files that cannot be read', () => {
  const shared = { 'c.yaml': 'services:\n  c:\n    image: example/c:1.0\n' };
  assert.deepEqual(cycles({ 'compose.yaml': 'include: [a.yaml, b.yaml]\n', 'a.yaml': 'include: [c.yaml]\n', 'b.yaml': 'include: [c.yaml]\n', ...shared }), []);
  assert.deepEqual(cycles({ 'compose.yaml': 'include: [c.yaml, c.yaml]\n', ...shared }), []);
  assert.deepEqual(cycles({ 'compose.yaml': 'include: [gone.yaml, "${UNSET}.yaml"]\n' }), []);
  const service = createLanguageService();
  const untitled = service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, 'include: [compose.yaml]\n'));
  assert.deepEqual(untitled.filter((finding) => finding.ruleId === RULE), []);
});
