// A small line scan of a Dockerfile for HEALTHCHECK in the built stage; the full Dockerfile engine is more than this needs.

/** What the built stage's image says about health: a check, an explicit NONE, or nothing (then the base image decides). */
export type ImageHealth = { kind: 'defined' } | { kind: 'disabled' } | { kind: 'none'; base: string };

interface Stage {
  name?: string;
  base: string;
  health?: 'defined' | 'disabled';
}

/** Scans the stage that `target` names (the last stage without one); undefined when the text has no FROM or no such stage. */
export function dockerfileHealth(text: string, target?: string): ImageHealth | undefined {
  const stages = scanStages(text);
  const wanted = target === undefined ? stages[stages.length - 1] : stages.find((stage) => stage.name === target.toLowerCase());
  // A stage inherits the HEALTHCHECK of the earlier stage it starts FROM; the walk goes back to an external image.
  const seen = new Set<Stage>();
  for (let stage = wanted; stage && !seen.has(stage); ) {
    seen.add(stage);
    if (stage.health) return { kind: stage.health };
    const index = stages.indexOf(stage);
    const parent = stages.slice(0, index).reverse().find((earlier) => earlier.name === stage!.base.toLowerCase());
    if (!parent) return { kind: 'none', base: stage.base };
    stage = parent;
  }
  return undefined;
}

function scanStages(text: string): Stage[] {
  const lines = text.split(/\r?\n/);
  const escape = /^#\s*escape\s*=\s*`/im.test(lines.slice(0, 5).join('\n')) ? '`' : '\\';
  const stages: Stage[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    // Continuation lines belong to the instruction; only its first words matter here.
    const first = line;
    while (line.endsWith(escape) && index + 1 < lines.length) line = lines[++index]!.trim();
    const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(first);
    if (heredoc) while (index + 1 < lines.length && lines[++index]!.trim() !== heredoc[1]) continue;
    const words = first.replace(new RegExp(`\\${escape}$`), '').split(/\s+/);
    const instruction = words[0]!.toUpperCase();
    if (instruction === 'FROM') {
      const args = words.slice(1).filter((word) => !word.startsWith('--'));
      const as = args.findIndex((word) => word.toLowerCase() === 'as');
      stages.push({ base: args[0] ?? '', name: as >= 0 ? args[as + 1]?.toLowerCase() : undefined });
    } else if (instruction === 'HEALTHCHECK' && stages.length > 0) {
      stages[stages.length - 1]!.health = words[1]?.toUpperCase() === 'NONE' ? 'disabled' : 'defined';
    }
  }
  return stages;
}
