// Rule: chmod 777 (or any world-writable mode) lets every process in the container rewrite those files.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

/** True for modes that give "others" write access without the sticky bit that /tmp-style directories use. */
export function worldWritable(mode: string): boolean {
  const numeric = /^0?([0-7])?([0-7])([0-7])([0-7])$/.exec(mode);
  if (numeric) {
    // The sticky bit (1777) is how /tmp is meant to be: writable by all, files deletable only by their owner.
    if ((Number(numeric[1] ?? 0) & 1) === 1) return false;
    return (Number(numeric[4]) & 2) === 2;
  }
  // Symbolic: each clause like `a+rwx`, `o=rw` or `ugo+w`, comma-separated.
  return mode.split(',').some((clause) => {
    const match = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    if (!match || !match[3]!.includes('w') || match[3]!.includes('t')) return false;
    return match[1]!.includes('a') || match[1]!.includes('o');
  });
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-world-writable-chmod',
  title: 'Do not make files world-writable (chmod 777)',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:container-security',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of shell.commands) {
      const call = invocation(command);
      if (call?.name !== 'chmod') continue;
      // The mode is the first argument that is not an option (`-R`, `--reference=…`).
      const mode = call.args.find((w) => !w.value.startsWith('-'));
      if (!mode || mode.dynamic || !worldWritable(mode.value)) continue;
      context.report({
        range: wordRange(model, mode),
        message: `Mode ${mode.value} lets any user in the container change these files, so one compromised process can rewrite your code or config. Give ownership to the user that needs it (COPY --chown, chown) and use 755 for directories, 644 for files, or 1777 for a shared temp directory.`,
      });
    }
  }),
});
