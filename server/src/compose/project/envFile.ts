// Reads the variable names an env file (`.env`, `env_file:`) sets, following the dotenv lines Compose accepts.

/** Names set by `NAME=value`, `export NAME=value` or a bare `NAME` line; comments and blank lines are skipped. */
export function envFileNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([^\s=#]+)\s*(=|$)/.exec(line);
    if (match) names.add(match[1]!);
  }
  return names;
}
