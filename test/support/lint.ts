// Test helpers: lint a text as a named file, and check a rule against expectations marked in the text itself.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings, type Finding, type LanguageId, type Settings } from '../../server/src/service';

export const service = createLanguageService({
  onRuleError: (ruleId, error) => {
    throw new Error(`rule ${ruleId} threw: ${String(error)}`);
  },
});

const LANGUAGE_BY_FILE: Record<string, LanguageId> = { Dockerfile: 'dockerfile', 'compose.yaml': 'dockercompose' };
let version = 0;

/** Creates a document for a file name; the language follows the name unless given. */
export function documentFor(text: string, fileName = 'Dockerfile', languageId?: LanguageId): TextDocument {
  const language = languageId ?? LANGUAGE_BY_FILE[fileName] ?? (/\.ya?ml$/.test(fileName) ? 'dockercompose' : 'dockerfile');
  return TextDocument.create(`file:///project/${fileName}`, language, ++version, text);
}

export function lint(text: string, fileName = 'Dockerfile', settings: Settings = defaultSettings): Finding[] {
  return service.lint(documentFor(text, fileName), settings);
}

// A marker line: carets under the flagged text, then the rule id, e.g. `     ^^^^^^ pin-base-image-tag`.
const MARKER = /^(\s*)(\^+)\s+([a-z][a-z0-9-]*)\s*$/;

interface Expected {
  ruleId: string;
  line: number;
  start: number;
  end: number;
}

/** Removes marker lines from an annotated text and returns the plain text with the expectations they state. */
export function parseAnnotated(annotated: string): { text: string; expected: Expected[] } {
  const lines: string[] = [];
  const expected: Expected[] = [];
  for (const line of annotated.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker && lines.length > 0) {
      const start = marker[1]!.length;
      expected.push({ ruleId: marker[3]!, line: lines.length - 1, start, end: start + marker[2]!.length });
    } else {
      lines.push(line);
    }
  }
  return { text: lines.join('\n'), expected };
}

/**
 * Asserts that `ruleId` reports exactly the marked places: each finding starts on the marked line and column,
 * and, when it ends on the same line, ends where the carets end. Unmarked findings of the rule fail the test.
 */
export function expectRule(ruleId: string, annotated: string, fileName = 'Dockerfile', settings: Settings = defaultSettings): Finding[] {
  const { text, expected } = parseAnnotated(annotated);
  const findings = lint(text, fileName, settings).filter((finding) => finding.ruleId === ruleId);
  const actual = findings.map((f) => ({
    ruleId: f.ruleId,
    line: f.range.start.line,
    start: f.range.start.character,
    end: f.range.end.line === f.range.start.line ? f.range.end.character : -1,
  }));
  const wanted = expected.filter((e) => e.ruleId === ruleId).map((e) => ({ ...e, end: actual.find((a) => a.line === e.line && a.start === e.start)?.end === -1 ? -1 : e.end }));
  assert.deepEqual(actual, wanted, `findings of ${ruleId} in:\n${text}\n${findings.map((f) => `  ${f.range.start.line}:${f.range.start.character} ${f.message}`).join('\n')}`);
  return findings;
}

/** Applies a fix's edits to a text, last edit first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: { range: Finding['range']; newText: string }[]): string {
  const document = TextDocument.create('file:///x', 'plaintext', 1, text);
  return TextDocument.applyEdits(document, edits);
}
