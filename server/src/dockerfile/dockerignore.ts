// A .dockerignore matcher with Docker's semantics: Go-style globs plus `**`, `!` re-includes, the last matching line wins, and a matched folder takes its contents.

interface Pattern {
  /** The cleaned pattern text, without its `!`. */
  text: string;
  /** True for a `!` line, which puts matching paths back into the context. */
  reinclude: boolean;
  regex: RegExp | undefined;
}

export interface IgnoreVerdict {
  excluded: boolean;
  /** Index of the last pattern that matched the path or one of its parent folders, -1 when none did. */
  lastMatch: number;
}

/** Cleans a slash path as Go's path.Clean does: no `.` segments, `..` resolved where it can be, no doubled or trailing slash. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Reads the lines of a .dockerignore the way the Docker CLI and BuildKit do. */
export function parseDockerignore(text: string): Pattern[] {
  const patterns: Pattern[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (i === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    // Only a `#` in the very first column starts a comment; the rest of the line is trimmed afterwards.
    if (line.startsWith('#')) continue;
    line = line.trim();
    if (line === '') continue;
    const reinclude = line.startsWith('!');
    if (reinclude) line = line.slice(1).trim();
    if (line === '') continue;
    // Paths are relative to the context root: `/foo` and `./foo` both mean `foo`.
    let cleaned = cleanPath(line);
    if (cleaned.length > 1 && cleaned.startsWith('/')) cleaned = cleaned.slice(1);
    patterns.push({ text: cleaned, reinclude, regex: compile(cleaned) });
  }
  return patterns;
}

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$', '^']);

/** Turns one pattern into an anchored regex; undefined when the pattern is malformed (Docker would reject the file). */
function compile(pattern: string): RegExp | undefined {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` is read as `**`: any number of folders, including none.
        if (pattern[i + 1] === '/') i++;
        source += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '\\') {
      // A backslash makes the next character literal.
      const next = pattern[++i];
      source += next === undefined ? '\\\\' : escapeChar(next);
    } else if (ch === '[') {
      // A character class as in Go's filepath.Match: `[^…]` negates; it never matches a slash.
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) return undefined;
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^/' : ''}${body.replace(/[\]\\]/g, (c) => `\\${c}`)}]`;
      i = close;
    } else {
      source += escapeChar(ch);
    }
  }
  try {
    return new RegExp(`${source}$`, 's');
  } catch {
    return undefined;
  }
}

function escapeChar(ch: string): string {
  return REGEX_SPECIAL.has(ch) || ch === '*' || ch === '?' || ch === '[' || ch === ']' || ch === '\\' ? `\\${ch}` : ch;
}

/** One glob segment against one path segment, for the "could something below match" question. */
function segmentMatches(segment: string, name: string): boolean {
  const regex = compile(segment);
  return regex ? regex.test(name) : true;
}

export class DockerIgnore {
  readonly patterns: readonly Pattern[];

  constructor(text: string) {
    this.patterns = parseDockerignore(text);
  }

  /** Whether a context path (slash-separated, relative to the context root) is left out of the build context. */
  verdict(path: string): IgnoreVerdict {
    const file = cleanPath(path);
    // The path itself and every parent folder: a pattern that matches a folder takes everything in it.
    const candidates: string[] = [file];
    for (let slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) candidates.push(file.slice(0, slash));
    let excluded = false;
    let lastMatch = -1;
    this.patterns.forEach((pattern, index) => {
      // A pattern can only change the verdict: exclusions are skipped once excluded, re-includes while included.
      if (pattern.reinclude !== excluded || !pattern.regex) return;
      if (candidates.some((candidate) => pattern.regex!.test(candidate))) {
        excluded = !pattern.reinclude;
        lastMatch = index;
      }
    });
    return { excluded, lastMatch };
  }

  /**
   * True when the path is excluded and no later `!` line could bring back anything inside it: only then is
   * copying it sure to find nothing. A `!` line whose leading folders could match the path counts as a way back.
   */
  excludesEverythingUnder(path: string): boolean {
    const { excluded, lastMatch } = this.verdict(path);
    if (!excluded) return false;
    const segments = cleanPath(path).split('/');
    for (let index = lastMatch + 1; index < this.patterns.length; index++) {
      const pattern = this.patterns[index]!;
      if (pattern.reinclude && couldReachBelow(pattern.text, segments)) return false;
    }
    return true;
  }
}

/** Whether a pattern could match the path, one of its parents, or something inside it. Errs towards yes. */
function couldReachBelow(pattern: string, segments: string[]): boolean {
  const parts = pattern.split('/');
  for (let i = 0; i < segments.length; i++) {
    const part = parts[i];
    if (part === undefined) return true;
    if (part.includes('**')) return true;
    if (!segmentMatches(part, segments[i]!)) return false;
  }
  return true;
}
