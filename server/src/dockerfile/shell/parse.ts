// A small, tolerant POSIX/bash splitter: commands across && || ; | & newlines, subshells, groups, substitutions and heredocs, with word offsets.

/** One shell word. Offsets are into the parsed source; `value` has quotes removed and expansions kept as written. */
export interface ShellWord {
  raw: string;
  value: string;
  /** True when the word holds an expansion ($VAR, ${…}, $(…), `…`), so its runtime value is unknown. */
  dynamic: boolean;
  /** True when part of the word was quoted or escaped. */
  quoted: boolean;
  start: number;
  end: number;
}

export interface ShellRedirect {
  op: string;
  target?: ShellWord;
  /** For `<<` and `<<-`: the body's source span [start, end), excluding the closing delimiter line; absent when unterminated or outside this source. */
  body?: { start: number; end: number };
}

export type Joiner = 'start' | '&&' | '||' | ';' | '|' | '&';

/** One simple command: the words of `FOO=1 apt-get install -y curl > log` are apt-get, install, -y, curl. */
export interface ShellCommand {
  words: ShellWord[];
  /** `NAME=value` words before the command name. */
  assignments: ShellWord[];
  redirects: ShellRedirect[];
  /** How this command is joined to the one before it in the same list. */
  joiner: Joiner;
  /** True when this command's output is piped into the next command. */
  pipesOut: boolean;
  /** Nesting in subshells `( )`, groups `{ }` and control structures. */
  depth: number;
  /** True inside `$(…)`, backticks or `<(…)`: the command's status is not the RUN's status. */
  inSubstitution: boolean;
  /** True inside a subshell `( … )`: a `cd` or `export` there ends with the parentheses. */
  inSubshell: boolean;
}

export interface ParsedScript {
  commands: ShellCommand[];
  /** True when the source ended inside a quote, substitution or heredoc: facts may be incomplete. */
  incomplete: boolean;
}

const OPERATORS = ['&&', '&>>', '&>', '&', '||', '|&', '|', ';;&', ';;', ';&', ';', '(', ')', '<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>'];
const REDIRECTS = new Set(['&>>', '&>', '<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>']);
const WORD_BREAK = new Set([' ', '\t', '\n', '\r', '&', '|', ';', '(', ')', '<', '>']);
/** Characters that never start a quote, expansion, escape or operator: copied in runs, which keeps the lexer fast. */
const PLAIN = new Uint8Array(128).fill(1);
for (const c of ' \t\n\r&|;()<>\\\'"$`') PLAIN[c.charCodeAt(0)] = 0;
const isPlain = (code: number): boolean => code >= 128 || PLAIN[code] === 1;
/** Hostile input can nest substitutions without end; deeper ones are kept as opaque words. */
const MAX_NESTING = 16;

type Token = { kind: 'word'; word: ShellWord; substitutions: Span[] } | { kind: 'op'; op: string; start: number; end: number } | { kind: 'newline'; start: number };
interface Span {
  start: number;
  end: number;
}

/** Parses shell source; `nesting` guards recursion into substitutions and shell heredocs. */
export function parseShell(source: string, nesting = 0): ParsedScript {
  const lexer = new Lexer(source);
  const tokens = lexer.tokenize();
  const parser = new Parser(source, tokens, nesting, lexer);
  parser.parseAll();
  return { commands: parser.commands, incomplete: lexer.incomplete };
}

class Lexer {
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

const PREFIX_WORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
const CLOSE_WORDS = new Set(['fi', 'done', 'esac', '}']);

class Parser {
  readonly commands: ShellCommand[] = [];
  private depth = 0;
  private joiner: Joiner = 'start';
  private current: ShellCommand | undefined;
  /** Open constructs: `(`, `{`, or `case` with its mode. */
  private readonly stack: { kind: '(' | 'case'; mode?: 'pattern' | 'body' }[] = [];
  private skipFor = false;
  private deferred: ShellCommand[] = [];

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly nesting: number,
    private readonly lexer: Lexer,
  ) {}

  parseAll(): void {
    const tokens = this.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const top = this.stack[this.stack.length - 1];
      if (top?.kind === 'case' && top.mode === 'pattern') {
        // Patterns like `amd64|arm64)` are not commands; `esac` may also close the case here.
        if (token.kind === 'word' && token.word.value === 'esac' && !token.word.quoted) {
          this.stack.pop();
          this.depth--;
        } else if (token.kind === 'op' && token.op === ')') {
          top.mode = 'body';
          this.joiner = 'start';
        }
        continue;
      }
      if (token.kind === 'newline') {
        this.end(';');
        continue;
      }
      if (token.kind === 'op') {
        t = this.operator(token, t);
        continue;
      }
      this.word(token, t);
    }
    this.end(';');
  }

  private operator(token: Extract<Token, { kind: 'op' }>, t: number): number {
    const op = token.op;
    if (REDIRECTS.has(op)) {
      const redirect = this.lexer.redirectAt.get(t) ?? { op };
      const next = this.tokens[t + 1];
      if (next?.kind === 'word') {
        redirect.target = next.word;
        this.subs(next);
        t++;
      }
      this.command().redirects.push(redirect);
      if (redirect.body && this.nesting < MAX_NESTING) this.shellHeredoc(redirect);
      return t;
    }
    switch (op) {
      case '&&':
      case '||':
        this.end(op);
        return t;
      case '|':
      case '|&':
        if (this.current) this.current.pipesOut = true;
        this.end('|');
        return t;
      case ';':
      case '&':
        this.end(op);
        return t;
      case ';;':
      case ';&':
      case ';;&': {
        this.end(';');
        const top = this.stack[this.stack.length - 1];
        if (top?.kind === 'case') top.mode = 'pattern';
        return t;
      }
      case '(':
        if (this.current && this.current.words.length > 0) {
          // `name() { …; }` defines a function: skip the parentheses and forget the name.
          if (this.tokens[t + 1]?.kind === 'op' && (this.tokens[t + 1] as { op: string }).op === ')') t++;
          this.current = undefined;
          return t;
        }
        this.stack.push({ kind: '(' });
        this.depth++;
        return t;
      case ')': {
        this.end(';');
        const index = this.lastIndexOf('(');
        if (index >= 0) {
          this.stack.length = index;
          this.depth = Math.max(0, this.depth - 1);
        }
        return t;
      }
      default:
        return t;
    }
  }

  private lastIndexOf(kind: '(' | 'case'): number {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.kind === kind) return k;
    return -1;
  }

  private word(token: Extract<Token, { kind: 'word' }>, t: number): void {
    const word = token.word;
    const atStart = !this.current || (this.current.words.length === 0 && this.current.assignments.length === 0);
    if (atStart && !word.quoted) {
      if (PREFIX_WORDS.has(word.value)) {
        if (word.value === '{') this.depth++;
        if (word.value === 'if' || word.value === 'while' || word.value === 'until') this.depth++;
        return;
      }
      if (CLOSE_WORDS.has(word.value)) {
        this.depth = Math.max(0, this.depth - 1);
        if (word.value === 'esac') {
          const index = this.lastIndexOf('case');
          if (index >= 0) this.stack.length = index;
        }
        return;
      }
      if (word.value === 'case') {
        // `case WORD in` then patterns, which the pattern mode skips (the subject's substitutions are read here).
        const subject = this.tokens[t + 1];
        if (subject?.kind === 'word') this.subs(subject);
        this.stack.push({ kind: 'case', mode: 'pattern' });
        this.depth++;
        return;
      }
      if (word.value === 'for' || word.value === 'select') {
        this.skipFor = true;
        this.depth++;
        return;
      }
    }
    if (this.skipFor) {
      // `for x in a b c` up to the separator: the loop words are data.
      this.subs(token);
      return;
    }
    this.subs(token);
    const command = this.command();
    if (command.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(word.raw)) command.assignments.push(word);
    else command.words.push(word);
  }

  /** Parses the command substitutions inside a word as commands of their own. */
  private subs(token: Token): void {
    if (token.kind !== 'word' || token.substitutions.length === 0 || this.nesting >= MAX_NESTING) return;
    for (const span of token.substitutions) {
      const inner = parseShell(this.source.slice(span.start, span.end), this.nesting + 1);
      for (const command of inner.commands) this.commands.push(shift(command, span.start, true, this.depth));
      if (inner.incomplete) this.lexer.incomplete = true;
    }
  }

  /** A heredoc fed to a shell (`bash <<EOF`, `sh -s <<EOF`) is a script: its commands are read too. */
  private shellHeredoc(redirect: ShellRedirect): void {
    const command = this.current;
    if (!command || !isShellReadingStdin(command.words.map((w) => w.value)) || !redirect.body) return;
    const body = redirect.body;
    const inner = parseShell(this.source.slice(body.start, body.end), this.nesting + 1);
    for (const inside of inner.commands) this.deferred.push(shift(inside, body.start, false, this.depth + 1));
  }

  private command(): ShellCommand {
    if (!this.current) {
      const inSubshell = this.stack.some((open) => open.kind === '(');
      this.current = { words: [], assignments: [], redirects: [], joiner: this.joiner, pipesOut: false, depth: this.depth, inSubstitution: false, inSubshell };
    }
    return this.current;
  }

  private end(joiner: Joiner): void {
    this.skipFor = false;
    const command = this.current;
    if (command && (command.words.length > 0 || command.assignments.length > 0 || command.redirects.length > 0)) {
      this.commands.push(command);
      this.joiner = joiner;
    } else if (joiner !== ';') {
      this.joiner = joiner;
    } else if (this.joiner === '&&' || this.joiner === '||' || this.joiner === '|') {
      // A newline after `&&` continues the list.
    } else {
      this.joiner = ';';
    }
    this.current = undefined;
    if (this.deferred.length > 0) {
      this.commands.push(...this.deferred);
      this.deferred = [];
    }
  }
}

function shift(command: ShellCommand, by: number, inSubstitution: boolean, depth: number): ShellCommand {
  const move = (word: ShellWord): ShellWord => ({ ...word, start: word.start + by, end: word.end + by });
  return {
    ...command,
    words: command.words.map(move),
    assignments: command.assignments.map(move),
    redirects: command.redirects.map((r) => ({ ...r, target: r.target && move(r.target), body: r.body && { start: r.body.start + by, end: r.body.end + by } })),
    depth: command.depth + depth,
    inSubstitution: command.inSubstitution || inSubstitution,
  };
}

export const SHELL_NAMES = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** True for `bash`, `sh -s`, `/bin/bash -ex` and the like: a shell that reads its script from stdin. */
export function isShellReadingStdin(words: string[]): boolean {
  if (words.length === 0) return false;
  let k = 0;
  if (basename(words[0]!) === 'env') k = 1;
  const name = basename(words[k] ?? '');
  if (!SHELL_NAMES.has(name)) return false;
  let rest = words.slice(k + 1);
  if (name === 'busybox') {
    if (rest[0] !== 'sh' && rest[0] !== 'ash') return false;
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (word === '-s') return true;
    if (word === '-o' || word === '+o') {
      i++;
      continue;
    }
    if (/^[-+][a-z]+$/i.test(word)) {
      if (word.startsWith('-') && word.includes('c')) return false;
      continue;
    }
    return false;
  }
  return true;
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}
