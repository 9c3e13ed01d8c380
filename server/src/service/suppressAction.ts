// The "ignore this here" quick-fix: inserts our suppression comment above the statement that holds a finding.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from './types';

/** The comment the quick-fix writes; the reason is left for the user to fill in, as the syntax asks for one. */
export function suppressionComment(ruleId: string): string {
  return `# coach-ignore ${ruleId} -- explain why this is fine here`;
}

/** An edit inserting the comment on its own line above `line`, indented like that line. */
export function insertSuppression(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = text.endsWith('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${suppressionComment(ruleId)}${eol}` };
}
