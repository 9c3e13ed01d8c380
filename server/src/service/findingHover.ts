// Hover text for a place where a rule fired: why the rule exists, in a few lines, with links to its doc and its quiz topic.
import { ruleDocUrl, ruleQuizTopic, testYourselfLink, topic } from '../content';
import type { Finding, Position } from './types';

function contains(finding: Finding, position: Position): boolean {
  const { start, end } = finding.range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  return !(position.line === end.line && position.character > end.character);
}

/** The first prose paragraph of a doc body: the "why", without examples or headings. */
function firstParagraph(body: string): string {
  return body.split(/\r?\n\s*\r?\n/).find((paragraph) => !/^\s*(```|#|\*\*|>)/.test(paragraph))?.trim() ?? '';
}

/** Markdown for every distinct rule that fired at the position, or undefined when none did. */
export function findingHover(findings: readonly Finding[], position: Position): { markdown: string; finding: Finding } | undefined {
  const here = findings.filter((finding) => contains(finding, position));
  if (here.length === 0) return undefined;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const finding of here) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const doc = topic(`rule:${finding.ruleId}`);
    if (!doc) continue;
    const quiz = ruleQuizTopic(finding.ruleId);
    const links = [`[Rule documentation](${ruleDocUrl(finding.ruleId)})`, quiz ? testYourselfLink(quiz) : undefined].filter(Boolean).join(' · ');
    parts.push(`**${finding.ruleId}** — ${doc.summary}\n\n${firstParagraph(doc.body)}\n\n${links}`);
  }
  return parts.length === 0 ? undefined : { markdown: parts.join('\n\n---\n\n'), finding: here[0]! };
}
