// Suppression comments as a post-filter: ours, hadolint's, BuildKit's check=skip and dclint's, applied after all rules ran.
import type { Finding } from '../service/types';
import { ruleMatches, type RuleMeta } from './defineRule';

/** A comment as the language model found it: its zero-based line, its text after `#`, and whether code precedes it. */
export interface CommentLine {
  line: number;
  text: string;
  trailing: boolean;
  /** True for a comment between the continuation lines of a Dockerfile instruction: BuildKit reads it as no one's. */
  continued?: boolean;
}

/** What the language tells the reader about its comments, and which comment kinds the project turned off. */
export interface SuppressionScope {
  /** Whether a line is in the parser-directive header (only Dockerfiles have one). */
  isDirective?: (line: number) => boolean;
  /** False when `.hadolint.yaml` sets `disable-ignore-pragma`: hadolint's own comments then silence nothing. */
  hadolintPragmas?: boolean;
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
  private readonly fileWide: { keys: RuleKeys; except: string[] }[] = [];
  private readonly scoped: Scoped[] = [];

  /** `except` names rules the comment leaves running although `keys` covers them (BuildKit's experimental= over skip=). */
  addFileWide(keys: RuleKeys, except: string[] = []): void {
    this.fileWide.push({ keys, except });
  }

  addLines(keys: RuleKeys, start: number, end: number): void {
    this.scoped.push({ keys, start, end });
  }

  /** True when a comment silences this finding of this rule. */
  suppresses(rule: RuleMeta, finding: Finding): boolean {
    const line = finding.range.start.line;
    if (this.fileWide.some(({ keys, except }) => covers(keys, rule) && !except.some((key) => ruleMatches(rule, key)))) return true;
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
// BuildKit's directive shape, read on a comment's text: a name starting with a letter, `=`, a non-empty value.
const DIRECTIVE_SHAPE = /^\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const DCLINT = /^\s*dclint\s+(disable-line|disable-next-line|disable-file|disable)\b\s*(.*)$/;

/** Reads every suppression comment of a file. */
export function collectSuppressions(comments: CommentLine[], nextStatement: NextStatement, scope: SuppressionScope = {}): Suppressions {
  const isDirective = scope.isDirective ?? (() => false);
  const hadolintPragmas = scope.hadolintPragmas ?? true;
  const result = new Suppressions();
  // Comments that lead an instruction, by the instruction's first line: BuildKit's per-instruction check= reads them.
  const leading = new Map<number, CommentLine[]>();
  const applyNext = (keys: RuleKeys, comment: CommentLine) => {
    if (comment.trailing) {
      result.addLines(keys, comment.line, comment.line);
      return;
    }
    const next = nextStatement(comment.line);
    if (next) result.addLines(keys, next.start, next.end);
  };
  // In line order: which comments lead an instruction depends on what came before them.
  for (const comment of [...comments].sort((a, b) => a.line - b.line)) {
    let match: RegExpExecArray | null;
    if ((match = OURS.exec(comment.text))) {
      if (match[1]) result.addFileWide(ruleList(match[2]));
      else applyNext(ruleList(match[2]), comment);
    } else if ((match = HADOLINT.exec(comment.text))) {
      if (!hadolintPragmas) {
        // disable-ignore-pragma: the comment stays, silencing nothing.
      } else if (match[1]) result.addFileWide(ruleList(match[2]));
      else applyNext(ruleList(match[2]), comment);
    } else if (isDirective(comment.line)) {
      // In the parser-directive header, check=skip covers the file, except the rules that experimental= turns on:
      // BuildKit runs those even under skip=all.
      const value = (match = BUILDKIT_CHECK.exec(comment.text)) ? match[1]! : undefined;
      const skip = value !== undefined && /(?:^|;)\s*skip\s*=\s*([^;]*)/i.exec(value);
      const experimental = value !== undefined ? /(?:^|;)\s*experimental\s*=\s*([^;]*)/i.exec(value) : null;
      if (skip) result.addFileWide(ruleList(skip[1]), ruleList(experimental?.[1]) ?? []);
    } else if ((match = DCLINT.exec(comment.text))) {
      const keys = ruleList(match[2]);
      if (match[1] === 'disable' || match[1] === 'disable-file') result.addFileWide(keys);
      else if (match[1] === 'disable-line') applyNext(keys, comment);
      else applyNext(keys, { ...comment, trailing: false });
    }
    gatherLeading(leading, comment, nextStatement, isDirective);
  }
  for (const [start, run] of leading) {
    const skip = instructionCheckSkip(run);
    if (skip) result.addLines(skip.keys, start, nextStatement(run[0]!.line)!.end);
  }
  return result;
}

/** Files a comment under the instruction it leads, as BuildKit's parser collects an instruction's preceding comments. */
function gatherLeading(leading: Map<number, CommentLine[]>, comment: CommentLine, nextStatement: NextStatement, isDirective: (line: number) => boolean): void {
  if (comment.trailing || comment.continued || isDirective(comment.line)) return;
  const next = nextStatement(comment.line);
  if (!next) return;
  // A bare `#` starts the collection afresh; blank lines do not.
  if (comment.text.trim() === '') leading.delete(next.start);
  else {
    const run = leading.get(next.start);
    if (run) run.push(comment);
    else leading.set(next.start, [comment]);
  }
}

/**
 * BuildKit's per-instruction check comment (since moby/buildkit#6334): among the comments leading an instruction, only
 * the first `check=` one counts; its value ends at the first space (so `# check=skip=A // why` reads as skip=A), and a
 * value BuildKit cannot parse is ignored whole. Returns the rules it skips, or undefined when it skips none.
 */
function instructionCheckSkip(run: CommentLine[]): { keys: RuleKeys } | undefined {
  for (const comment of run) {
    const match = DIRECTIVE_SHAPE.exec(comment.text);
    if (!match || match[1]!.toLowerCase() !== 'check') continue;
    return checkSkipList(match[2]!.split(' ')[0]!);
  }
  return undefined;
}

/** The skip= list of a check value parsed as BuildKit parses it; undefined when it skips nothing or BuildKit rejects it. */
function checkSkipList(value: string): { keys: RuleKeys } | undefined {
  let skip: { keys: RuleKeys } | undefined;
  // At most three `;`-separated options; a fourth stays glued to the third and spoils it.
  const parts = value.split(';');
  const options = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const option of options) {
    const eq = option.indexOf('=');
    if (eq < 0) return undefined;
    const key = option.slice(0, eq).trim();
    const setting = option.slice(eq + 1).trim();
    if (key === 'skip') {
      const names = setting.split(',').map((name) => name.trim()).filter((name) => name !== '');
      // skip=all is every rule; an empty list is none (ruleList would read it as every rule).
      skip = setting === 'all' ? { keys: undefined } : names.length > 0 ? { keys: names } : undefined;
    } else if (key === 'error') {
      if (!GO_BOOLEANS.has(setting)) return undefined;
    } else if (key !== 'experimental') return undefined;
  }
  return skip;
}

/** Go's strconv.ParseBool spellings, which BuildKit accepts for error=. */
const GO_BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);
