// Reads an env file (`.env`, `env_file:`) as Compose's dotenv reader does: the names it sets and the values it can know.

/** Names set by `NAME=value`, `export NAME=value` or a bare `NAME` line; comments and blank lines are skipped. */
export function envFileNames(text: string): Set<string> {
  return new Set(envFileValues(text).keys());
}

/**
 * Each name with its value, or undefined where the value cannot be known from the file alone: a bare `NAME`
 * (taken from the environment), a value that interpolates other variables, or an unclosed quote.
 */
export function envFileValues(text: string): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([^\s=#]+)\s*(=|$)/.exec(line);
    if (match) values.set(match[1]!, match[2] === '=' ? valueOf(line.slice(match[0].length).trim()) : undefined);
  }
  return values;
}

function valueOf(text: string): string | undefined {
  if (text.startsWith("'")) {
    const close = text.indexOf("'", 1);
    return close < 0 ? undefined : text.slice(1, close);
  }
  if (text.startsWith('"')) {
    const close = /^"((?:[^"\\]|\\.)*)"/.exec(text);
    // Double-quoted values expand escapes and variables; only plain ones are taken as written.
    return close && !/[\\$]/.test(close[1]!) ? close[1] : undefined;
  }
  // Unquoted: a `#` after whitespace starts a comment.
  const value = text.replace(/\s+#.*$/, '').trim();
  return value.includes('$') ? undefined : value;
}
