// The shell splitter's tokenizer: words with quotes and expansions resolved, operators, newlines and heredoc bodies.
import type { ShellRedirect, ShellWord } from './syntax';

const OPERATORS = ['&&', '&>>', '&>', '&', '||', '|&', '|', ';;&', ';;', ';&', ';', '(', ')', '<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>'];
export const REDIRECTS = new Set(['&>>', '&>', '<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>']);
const WORD_BREAK = new Set([' ', '\t', '\n', '\r', '&', '|', ';', '(', ')', '<', '>']);
/** Characters that never start a quote, expansion, escape or operator: copied in runs, which keeps the lexer fast. */
const PLAIN = new Uint8Array(128).fill(1);
for (const c of ' \t\n\r&|;()<>\\\'"$`') PLAIN[c.charCodeAt(0)] = 0;
const isPlain = (code: number): boolean => code >= 128 || PLAIN[code] === 1;

export type Token = { kind: 'word'; word: ShellWord; substitutions: Span[] } | { kind: 'op'; op: string; start: number; end: number } | { kind: 'newline'; start: number };
export interface Span {
  start: number;
  end: number;
}

export class Lexer {
  incomplete = false;
  private i = 0;
  private readonly tokens: Token[] = [];
  private pendingHeredocs: { redirect: ShellRedirect; delimiter: string; stripTabs: boolean }[] = [];
  /** Redirect objects by the index of their operator token, so the parser can attach them. */
  readonly redirectAt = new Map<number, ShellRedirect>();

  constructor(private readonly s: string) {}

  tokenize(): Token[] {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
      } else if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
      } else if (c === '\n') {
        this.tokens.push({ kind: 'newline', start: this.i });
        this.i++;
        if (this.pendingHeredocs.length > 0) this.readHeredocBodies();
      } else if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
        this.readWord();
      } else {
        const op = this.operatorAt(this.i);
        if (op) {
          this.pushOp(op, this.i);
          this.i += op.length;
        } else {
          this.readWord();
        }
      }
    }
    if (this.pendingHeredocs.length > 0) this.pendingHeredocs = [];
    return this.tokens;
  }

  private operatorAt(at: number): string | undefined {
    const s = this.s;
    for (const op of OPERATORS) if (s.startsWith(op, at)) return op;
    return undefined;
  }

  private pushOp(op: string, start: number): void {
    this.tokens.push({ kind: 'op', op, start, end: start + op.length });
    if (REDIRECTS.has(op)) {
      const redirect: ShellRedirect = { op };
      this.redirectAt.set(this.tokens.length - 1, redirect);
      if (op === '<<' || op === '<<-') {
        // The delimiter is the next word; read it now so the body can be found at the next newline.
        while (this.s[this.i + op.length] === ' ' || this.s[this.i + op.length] === '\t') this.i++;
        this.i += op.length;
        if (this.i < this.s.length && !WORD_BREAK.has(this.s[this.i]!)) {
          this.readWord();
          const last = this.tokens[this.tokens.length - 1]!;
          if (last.kind === 'word') this.pendingHeredocs.push({ redirect, delimiter: last.word.value, stripTabs: op === '<<-' });
        }
        this.i -= op.length;
      }
    }
  }

  private readHeredocBodies(): void {
    const s = this.s;
    for (const pending of this.pendingHeredocs) {
      const start = this.i;
      let found = false;
      while (this.i < s.length) {
        let lineEnd = s.indexOf('\n', this.i);
        if (lineEnd < 0) lineEnd = s.length;
        let line = s.slice(this.i, lineEnd).replace(/\r$/, '');
        if (pending.stripTabs) line = line.replace(/^\t+/, '');
        if (line === pending.delimiter) {
          pending.redirect.body = { start, end: this.i };
          this.i = Math.min(lineEnd + 1, s.length);
          found = true;
          break;
        }
        this.i = lineEnd + 1;
      }
      if (!found) {
        pending.redirect.body = { start, end: s.length };
        this.i = s.length;
        this.incomplete = true;
      }
    }
    this.pendingHeredocs = [];
  }

  private readWord(): void {
    const s = this.s;
    const start = this.i;
    let value = '';
    let dynamic = false;
    let quoted = false;
    const substitutions: Span[] = [];
    // Digits directly before a redirect are its file descriptor (`2>/dev/null`), not a word.
    let j = this.i;
    while (j < s.length && s[j]! >= '0' && s[j]! <= '9') j++;
    if (j > this.i && (s[j] === '<' || s[j] === '>') && s[j + 1] !== '(') {
      const op = this.operatorAt(j);
      if (op) {
        this.i = j;
        this.pushOp(op, start);
        this.i += op.length;
        return;
      }
    }
    while (this.i < s.length) {
      const c = s[this.i]!;
      if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
        const end = this.matchParen(this.i + 2);
        substitutions.push({ start: this.i + 2, end: end - 1 });
        value += s.slice(this.i, end);
        dynamic = true;
        this.i = end;
        continue;
      }
      if (WORD_BREAK.has(c)) break;
      if (c === '\\') {
        if (s[this.i + 1] === '\n') {
          this.i += 2;
          continue;
        }
        quoted = true;
        value += s[this.i + 1] ?? '';
        this.i += 2;
      } else if (c === "'") {
        quoted = true;
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) {
          this.incomplete = true;
          value += s.slice(this.i + 1);
          this.i = s.length;
        } else {
          value += s.slice(this.i + 1, end);
          this.i = end + 1;
        }
      } else if (c === '"') {
        quoted = true;
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i]!;
          if (d === '\\' && this.i + 1 < s.length) {
            const next = s[this.i + 1]!;
            if (next === '\n') {
              this.i += 2;
              continue;
            }
            value += '$`"\\'.includes(next) ? next : d + next;
            this.i += 2;
          } else if (d === '$' || d === '`') {
            const end = this.readExpansion(substitutions);
            if (end > this.i + 1 || d === '`') dynamic = true;
            value += s.slice(this.i, end);
            this.i = end;
          } else {
            value += d;
            this.i++;
          }
        }
        if (this.i >= s.length) this.incomplete = true;
        this.i++;
      } else if (c === '$' && s[this.i + 1] === "'") {
        quoted = true;
        let k = this.i + 2;
        while (k < s.length && s[k] !== "'") k += s[k] === '\\' ? 2 : 1;
        if (k >= s.length) this.incomplete = true;
        value += s.slice(this.i + 2, Math.min(k, s.length));
        this.i = Math.min(k + 1, s.length);
      } else if (c === '$' || c === '`') {
        const end = this.readExpansion(substitutions);
        if (end > this.i + 1 || c === '`') dynamic = true;
        value += s.slice(this.i, end);
        this.i = end;
      } else {
        let k = this.i + 1;
        while (k < s.length && isPlain(s.charCodeAt(k))) k++;
        value += s.slice(this.i, k);
        this.i = k;
      }
    }
    this.tokens.push({ kind: 'word', word: { raw: s.slice(start, this.i), value, dynamic, quoted, start, end: this.i }, substitutions });
  }

  /** Reads `$name`, `${…}`, `$(…)`, `$((…))` or `` `…` `` at this.i; returns its end. Command substitutions are recorded. */
  private readExpansion(substitutions: Span[]): number {
    const s = this.s;
    const at = this.i;
    if (s[at] === '`') {
      let k = at + 1;
      while (k < s.length && s[k] !== '`') k += s[k] === '\\' ? 2 : 1;
      if (k >= s.length) this.incomplete = true;
      substitutions.push({ start: at + 1, end: Math.min(k, s.length) });
      return Math.min(k + 1, s.length);
    }
    const next = s[at + 1];
    if (next === '(') {
      const arithmetic = s[at + 2] === '(';
      const end = this.matchParen(at + 2);
      if (!arithmetic) substitutions.push({ start: at + 2, end: Math.max(at + 2, end - 1) });
      return end;
    }
    if (next === '{') {
      let depth = 1;
      let k = at + 2;
      while (k < s.length && depth > 0) {
        const d = s[k]!;
        if (d === '\\') k++;
        else if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === "'" && depth > 0) {
          const close = s.indexOf("'", k + 1);
          k = close < 0 ? s.length : close;
        }
        k++;
      }
      if (depth > 0) this.incomplete = true;
      return Math.min(k, s.length);
    }
    if (next !== undefined && /[A-Za-z_]/.test(next)) {
      let k = at + 2;
      while (k < s.length && /[A-Za-z0-9_]/.test(s[k]!)) k++;
      return k;
    }
    if (next !== undefined && /[0-9@*#?$!-]/.test(next)) return at + 2;
    return at + 1;
  }

  /** Given the index just after an opening parenthesis, returns the index just after its match (quotes respected). */
  private matchParen(from: number): number {
    const s = this.s;
    let depth = 1;
    let k = from;
    while (k < s.length) {
      const d = s[k]!;
      if (d === '\\') k += 2;
      else if (d === "'") {
        const close = s.indexOf("'", k + 1);
        k = close < 0 ? s.length : close + 1;
      } else if (d === '"') {
        k++;
        while (k < s.length && s[k] !== '"') k += s[k] === '\\' ? 2 : 1;
        k++;
      } else if (d === '(') {
        depth++;
        k++;
      } else if (d === ')') {
        depth--;
        k++;
        if (depth === 0) return k;
      } else k++;
    }
    this.incomplete = true;
    return s.length;
  }
}
