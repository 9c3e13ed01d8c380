// BuildKit's word expansion (`$a`, `${a:-b}`, `${a#p}`, `${a/p/r}`…) over raw Dockerfile text, with three-valued results.

/** What a variable is worth at one point of the build: a known string, something only the build knows, or nothing at all. */
export type Resolution = { kind: 'known'; value: string } | { kind: 'unknown' } | { kind: 'undefined' };

/** One `$name` or `${name…}` in a word, with offsets into the scanned text. */
export interface Reference {
  name: string;
  start: number;
  end: number;
  /** The operator after the name as written (`:-`, `-`, `##`, `/`, `//`…); undefined for `$a` and `${a}`. */
  modifier?: string;
  /** Set when BuildKit rejects this substitution outright, e.g. `${a=b}` or `${a:/p/r}`. */
  invalid?: string;
}

export interface Expansion {
  /** The expanded word when every variable in it is known (undefined ones expand to ""), else undefined. */
  value?: string;
  references: Reference[];
}

/** The frontend version that first accepted each modifier; the rest were always there. */
export const MODIFIER_SINCE: Readonly<Record<string, [number, number]>> = {
  ':?': [1, 1],
  '-': [1, 6],
  '+': [1, 6],
  '?': [1, 6],
  '#': [1, 7],
  '##': [1, 7],
  '%': [1, 7],
  '%%': [1, 7],
  '/': [1, 7],
  '//': [1, 7],
  ':#': [1, 7],
  ':##': [1, 7],
  ':%': [1, 7],
  ':%%': [1, 7],
};

const NAME_CHAR = /[\p{L}\p{N}_]/u;
/** Pattern edits on longer values, or with more wildcards, are left unknown: a hostile default must not make matching slow. */
const MAX_PATTERN_VALUE = 256;
const MAX_WILDCARDS = 2;
const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

/**
 * Expands a word as BuildKit's shell lexer does for Dockerfile instructions: single quotes are literal, double quotes
 * expand, the escape character protects the next character, and an escaped line break joins lines.
 */
export function expandWord(text: string, escape: string, lookup: (name: string) => Resolution): Expansion {
  // Most words hold no variable, quote or escape: they are their own value, and scanning them would only cost time.
  if (!text.includes('$') && !text.includes("'") && !text.includes('"') && !text.includes(escape)) return { value: text, references: [] };
  const scanner = new Scanner(text, escape, lookup);
  const value = scanner.until(undefined);
  return { value: scanner.unknown ? undefined : value, references: scanner.references };
}

class Scanner {
  i = 0;
  unknown = false;
  references: Reference[] = [];

  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly lookup: (name: string) => Resolution,
  ) {}

  /** Reads up to `stop` (consumed) or the end, returning the expanded text. */
  until(stop: string | undefined): string {
    let out = '';
    const { text, escape } = this;
    while (this.i < text.length) {
      const ch = text[this.i]!;
      if (stop !== undefined && ch === stop) {
        this.i++;
        return out;
      }
      if (ch === '$') out += this.dollar();
      else if (ch === "'") out += this.singleQuoted();
      else if (ch === '"') out += this.doubleQuoted();
      else if (ch === escape) {
        const next = text[this.i + 1];
        this.i += 2;
        if (next === '\r' && text[this.i] === '\n') this.i++;
        else if (next !== undefined && next !== '\n') out += next;
      } else {
        out += ch;
        this.i++;
      }
    }
    return out;
  }

  private singleQuoted(): string {
    const close = this.text.indexOf("'", this.i + 1);
    const end = close === -1 ? this.text.length : close;
    const out = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return out;
  }

  private doubleQuoted(): string {
    let out = '';
    this.i++;
    while (this.i < this.text.length) {
      const ch = this.text[this.i]!;
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      if (ch === this.escape && ['"', '$', this.escape].includes(this.text[this.i + 1] ?? '')) {
        out += this.text[this.i + 1];
        this.i += 2;
        continue;
      }
      out += ch;
      this.i++;
    }
    return out;
  }

  private name(): string {
    const { text } = this;
    const start = this.i;
    if (/\d/.test(text[start] ?? '')) {
      while (/\d/.test(text[this.i] ?? '')) this.i++;
      return text.slice(start, this.i);
    }
    if (SPECIAL.has(text[start] ?? '')) {
      this.i++;
      return text[start]!;
    }
    while (this.i < text.length && NAME_CHAR.test(text[this.i]!)) this.i++;
    return text.slice(start, this.i);
  }

  private value(name: string): Resolution {
    // Positional and special parameters are never set at build time; BuildKit expands them to nothing.
    if (!/^[\p{L}_]/u.test(name)) return { kind: 'undefined' };
    return this.lookup(name);
  }

  private dollar(): string {
    const start = this.i;
    this.i++;
    if (this.text[this.i] !== '{') {
      const name = this.name();
      if (name === '') return '$';
      if (/^[\p{L}_]/u.test(name)) this.references.push({ name, start, end: this.i });
      return this.plain(this.value(name));
    }
    this.i++;
    const first = this.text[this.i];
    if (first === undefined || first === '{' || first === '}' || first === ':') {
      const end = this.skipBraces();
      this.references.push({ name: '', start, end, invalid: first === undefined ? "missing '}'" : 'bad substitution' });
      return '';
    }
    const name = this.name();
    const reference: Reference = { name, start, end: start };
    if (/^[\p{L}_]/u.test(name)) this.references.push(reference);
    const op = this.text[this.i];
    this.i++;
    if (op === '}') {
      reference.end = this.i;
      return this.plain(this.value(name));
    }
    let modifier = op ?? '';
    let colon = false;
    if (op === ':') {
      colon = true;
      modifier += this.text[this.i] ?? '';
      this.i++;
    }
    const kind = colon ? modifier[1] : op;
    if (kind === '-' || kind === '+' || kind === '?' || kind === '#' || kind === '%') {
      if ((kind === '#' || kind === '%') && this.text[this.i] === kind) {
        modifier += kind;
        this.i++;
      }
      const word = this.until('}');
      reference.modifier = modifier;
      reference.end = this.i;
      return this.apply(name, kind, colon, word, modifier.endsWith(kind + kind));
    }
    if (op === '/' && !colon) {
      if (this.text[this.i] === '/') {
        modifier = '//';
        this.i++;
      }
      const pattern = this.until('/');
      const replacement = this.until('}');
      reference.modifier = modifier;
      reference.end = this.i;
      return this.replace(name, pattern, replacement, modifier === '//');
    }
    if (op === undefined) {
      reference.end = this.i = this.text.length;
      reference.invalid = "missing '}'";
      return '';
    }
    reference.modifier = modifier;
    reference.end = this.skipBraces();
    reference.invalid = `unsupported modifier (${modifier}) in substitution`;
    return '';
  }

  /** Skips to just after the closing brace of a broken substitution, so scanning can go on. */
  private skipBraces(): number {
    const close = this.text.indexOf('}', this.i);
    this.i = close === -1 ? this.text.length : close + 1;
    return this.i;
  }

  private plain(resolution: Resolution): string {
    if (resolution.kind === 'known') return resolution.value;
    if (resolution.kind === 'unknown') this.unknown = true;
    return '';
  }

  private apply(name: string, kind: string, colon: boolean, word: string, greedy: boolean): string {
    const resolution = this.value(name);
    if (resolution.kind === 'unknown') {
      this.unknown = true;
      return '';
    }
    const set = resolution.kind === 'known' && !(colon && resolution.value === '');
    const value = resolution.kind === 'known' ? resolution.value : '';
    if (kind === '-') return set ? value : word;
    if (kind === '+') return set ? word : '';
    if (kind === '?') {
      // The build stops here; what the word would hold no longer matters.
      if (!set) this.unknown = true;
      return value;
    }
    if (!patternAffordable(value, word)) {
      this.unknown = true;
      return '';
    }
    return trimWith(value, word, kind === '#' ? 'prefix' : 'suffix', greedy);
  }

  private replace(name: string, pattern: string, replacement: string, all: boolean): string {
    const resolution = this.value(name);
    if (resolution.kind === 'unknown') {
      this.unknown = true;
      return '';
    }
    const value = resolution.kind === 'known' ? resolution.value : '';
    if (!patternAffordable(value, pattern)) {
      this.unknown = true;
      return '';
    }
    const regex = globRegex(pattern, true, all ? 'g' : '');
    return regex ? value.replace(regex, () => replacement) : value;
  }
}

function patternAffordable(value: string, pattern: string): boolean {
  return value.length <= MAX_PATTERN_VALUE && pattern.length <= MAX_PATTERN_VALUE && pattern.split('*').length - 1 <= MAX_WILDCARDS;
}

/** A shell pattern (`*`, `?`, `\`) as a regular expression; undefined for an empty pattern. */
function globRegex(pattern: string, greedy: boolean, flags: string, anchor = ''): RegExp | undefined {
  if (pattern === '') return undefined;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') source += greedy ? '.*' : '.*?';
    else if (ch === '?') source += '.';
    else if (ch === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i]!);
    else source += escapeRegex(ch);
  }
  return new RegExp(anchor === 'start' ? `^(?:${source})` : anchor === 'end' ? `(?:${source})$` : source, flags);
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Removes the shortest (or longest, when greedy) match of a shell pattern from one end of a value. */
export function trimWith(value: string, pattern: string, side: 'prefix' | 'suffix', greedy: boolean): string {
  if (pattern === '') return value;
  if (side === 'prefix') {
    const regex = globRegex(pattern, greedy, '', 'start');
    const match = regex?.exec(value);
    return match ? value.slice(match[0].length) : value;
  }
  // The shortest suffix is the match that starts last; try start positions from the end (or from the front when greedy).
  const regex = globRegex(pattern, true, '', 'start')!;
  const whole = new RegExp(`${regex.source}$`);
  if (greedy) {
    for (let start = 0; start <= value.length; start++) if (whole.test(value.slice(start))) return value.slice(0, start);
  } else {
    for (let start = value.length; start >= 0; start--) if (whole.test(value.slice(start))) return value.slice(0, start);
  }
  return value;
}
