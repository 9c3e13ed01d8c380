// Test helper: lints a Dockerfile with a .hadolint.yaml beside it and compares one rule's findings with the carets in the text.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service';
import { parseAnnotated } from './lint';

/** Lints with a .hadolint.yaml beside the Dockerfile and compares the rule's findings with the carets in the text. */
export function expectWithConfig(ruleId: string, config: string | undefined, annotated: string) {
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
