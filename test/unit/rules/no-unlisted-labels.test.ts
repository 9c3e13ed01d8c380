// no-unlisted-labels: fires on labels outside the schema with strict-labels, stays silent otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { parseAnnotated } from '../../support/lint';

// Lints with a .hadolint.yaml beside the Dockerfile and compares the rule's findings with the carets in the text.
function expectWithConfig(ruleId: string, config: string | undefined, annotated: string) {
  const { text, expected } = parseAnnotated(annotated);
  const service = createLanguageService({
    files: { readText: (uri) => (uri === 'file:///project/.hadolint.yaml' ? config : undefined) },
    onRuleError: (id, error) => {
      throw new Error(`rule ${id} threw: ${String(error)}`);
    },
  });
  const found = service.lint(TextDocument.create('file:///project/Dockerfile', 'dockerfile', 1, text)).filter((f) => f.ruleId === ruleId);
  const where = (line: number, start: number, end: number) => `${line}:${start}-${end}`;
  assert.deepEqual(
    found.map((f) => where(f.range.start.line, f.range.start.character, f.range.end.line === f.range.start.line ? f.range.end.character : -1)),
    expected.filter((e) => e.ruleId === ruleId).map((e) => where(e.line, e.start, e.end)),
    found.map((f) => f.message).join('\n'),
  );
  return found;
}

test('fires on keys the schema does not list when strict-labels is on', () => {
  expectWithConfig('no-unlisted-labels', 'strict-labels: true\nlabel-schema:\n  version: semver\n', `FROM alpine:3.20
LABEL version="1.4.2" verison="1.4.2"
                      ^^^^^^^ no-unlisted-labels`);
});

test('with strict-labels and no schema, every label fires', () => {
  expectWithConfig('no-unlisted-labels', 'strict-labels: true', `FROM alpine:3.20
LABEL a=b
      ^ no-unlisted-labels`);
});

test('stays silent without strict-labels, and on keys made from variables', () => {
  expectWithConfig('no-unlisted-labels', 'label-schema:\n  version: semver\n', 'FROM alpine:3.20\nLABEL other=x');
  expectWithConfig('no-unlisted-labels', 'strict-labels: true\nlabel-schema:\n  version: text\n', 'FROM alpine:3.20\nARG K=x\nLABEL ${K}=1 version=1');
  expectWithConfig('no-unlisted-labels', undefined, 'FROM alpine:3.20\nLABEL other=x');
});
