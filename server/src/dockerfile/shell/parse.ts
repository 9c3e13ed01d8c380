// A small, tolerant POSIX/bash splitter: commands across && || ; | & newlines, subshells, groups, substitutions and heredocs, with word offsets.
import { Lexer, REDIRECTS, type Token } from './lexer';
import { isShellReadingStdin } from './programs';
import type { Joiner, ParsedScript, ShellCommand, ShellRedirect, ShellWord } from './syntax';

/** Hostile input can nest substitutions without end; deeper ones are kept as opaque words. */
const MAX_NESTING = 16;

/** Parses shell source; `nesting` guards recursion into substitutions and shell heredocs. */
export function parseShell(source: string, nesting = 0): ParsedScript {
  const lexer = new Lexer(source);
  const tokens = lexer.tokenize();
  const parser = new Parser(source, tokens, nesting, lexer);
  parser.parseAll();
  return { commands: parser.commands, incomplete: lexer.incomplete };
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
