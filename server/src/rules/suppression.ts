// Suppression comments as a post-filter: ours, hadolint's, BuildKit's check=skip and dclint's, applied after all rules ran.
import type { Finding } from '../service/types';
import { ruleMatches, type RuleMeta } from './defineRule';

/** A comment as the language model found it: its zero-based line, its text after `#`, and whether code precedes it. */
export interface CommentLine {
  line: number;
  text: string;
  trailing: boolean;
}

/** Line span [start, end] of the statement a "next line" comment applies to. */
export type NextStatement = (commentLine: number) => { start: number; end: number } | undefined;

/** `undefined` in a rule list means "every rule". */
type RuleKeys = string[] | undefined;

interface Scoped {
  keys: RuleKeys;
  start: number;
  end: number;
}

export class Suppressions {
  private readonly fileWide: RuleKeys[] = [];
  private readonly scoped: Scoped[] = [];

  addFileWide(keys: RuleKeys): void {
    this.fileWide.push(keys);
  }

  addLines(keys: RuleKeys, start: number, end: number): void {
    this.scoped.push({ keys, start, end });
  }

  /** True when a comment silences this finding of this rule. */
  suppresses(rule: RuleMeta, finding: Finding): boolean {
    const line = finding.range.start.line;
    if (this.fileWide.some((keys) => covers(keys, rule))) return true;
    return this.scoped.some((scope) => line >= scope.start && line <= scope.end && covers(scope.keys, rule));
  }
}

function covers(keys: RuleKeys, rule: RuleMeta): boolean {
  return keys === undefined || keys.some((key) => key.toLowerCase() === 'all' || ruleMatches(rule, key));
}

/** Splits "a, b c" into rule keys; an empty list means every rule. */
function ruleList(text: string | undefined): RuleKeys {
  const keys = (text ?? '').split(/[\s,]+/).filter((key) => key !== '');
  return keys.length === 0 ? undefined : keys;
}

// Our own comment: `# coach-ignore rule-a, rule-b -- why this is fine` (or coach-ignore-file).
const OURS = /^\s*coach-ignore(-file)?(?:\s+(.*?))?(?:\s+--\s+(.*))?\s*$/;
const HADOLINT = /^\s*hadolint\s+(global\s+)?ignore\s*=\s*([\w\s,-]+?)\s*$/i;
const BUILDKIT_CHECK = /^\s*check\s*=\s*(.*)$/i;
const DCLINT = /^\s*dclint\s+(disable-line|disable-next-line|disable-file|disable)\b\s*(.*)$/;

/** Reads every suppression comment of a file. `isDirective` tells whether a line is in the parser-directive header. */
export function collectSuppressions(comments: CommentLine[], nextStatement: NextStatement, isDirective: (line: number) => boolean = () => false): Suppressions {
  const result = new Suppressions();
  const applyNext = (keys: RuleKeys, comment: CommentLine) => {
    if (comment.trailing) {
      result.addLines(keys, comment.line, comment.line);
      return;
    }
    const next = nextStatement(comment.line);
    if (next) result.addLines(keys, next.start, next.end);
  };
  for (const comment of comments) {
    let match: RegExpExecArray | null;
    if ((match = OURS.exec(comment.text))) {
      if (match[1]) result.addFileWide(ruleList(match[2]));
      else applyNext(ruleList(match[2]), comment);
    } else if ((match = HADOLINT.exec(comment.text))) {
      if (match[1]) result.addFileWide(ruleList(match[2]));
      else applyNext(ruleList(match[2]), comment);
    } else if ((match = BUILDKIT_CHECK.exec(comment.text))) {
      const skip = /(?:^|;)\s*skip\s*=\s*([^;]*)/i.exec(match[1]!);
      if (!skip) continue;
      // As a parser directive it covers the file; BuildKit 1.21+ also reads it right above one instruction.
      if (isDirective(comment.line)) result.addFileWide(ruleList(skip[1]));
      else applyNext(ruleList(skip[1]), comment);
    } else if ((match = DCLINT.exec(comment.text))) {
      const keys = ruleList(match[2]);
      if (match[1] === 'disable' || match[1] === 'disable-file') result.addFileWide(keys);
      else if (match[1] === 'disable-line') applyNext(keys, comment);
      else applyNext(keys, { ...comment, trailing: false });
    }
  }
  return result;
}
