// The shapes the shell splitter produces: words with offsets, redirects, commands and the parsed script.

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
