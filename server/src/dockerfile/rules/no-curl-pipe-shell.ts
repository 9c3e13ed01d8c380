// Rule: piping a download straight into a shell runs code nobody checked; download, verify, then run.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { SHELL_NAMES } from '../shell/programs';
import { shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import { withOnbuildRuns } from '../shell/shellRule';
import type { DockerfileVisitor } from '../walker';

const DOWNLOADERS = new Set(['curl', 'wget']);
const SUBSTITUTED_DOWNLOAD = /(?:^<\(|\$\(|`)\s*(?:curl|wget)\b/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-curl-pipe-shell',
  title: 'Do not pipe a download into a shell',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:container-security',
  create(context) {
    const model = context.model;
    const report = (start: { line: number; character: number }, end: { line: number; character: number }, shell: string) =>
      context.report({
        range: { start, end },
        message: `This downloads a script and runs it in ${shell} at once: whatever the server (or anyone between) sends is executed as root in your image, and a cut connection runs half a script. Download to a file, check its SHA-256, then run it.`,
      });
    return withOnbuildRuns({
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        const commands = shell.commands;
        for (let i = 0; i < commands.length; i++) {
          const command = commands[i]!;
          const call = invocation(command);
          if (!call) continue;
          if (SHELL_NAMES.has(call.name) && call.args.some((w) => SUBSTITUTED_DOWNLOAD.test(w.raw))) {
            const word = call.args.find((w) => SUBSTITUTED_DOWNLOAD.test(w.raw))!;
            report(wordRange(model, call.nameWord).start, wordRange(model, word).end, call.name);
            continue;
          }
          if (!DOWNLOADERS.has(call.name) || !command.pipesOut) continue;
          const next = commands.slice(i + 1).find((c) => c.inSubstitution === command.inSubstitution && c.depth === command.depth);
          if (!next || next.joiner !== '|') continue;
          const target = invocation(next);
          if (!target || !SHELL_NAMES.has(target.name) || target.args.some((w) => w.value === '-c' || /^-[a-z]*c[a-z]*$/.test(w.value) && !w.value.startsWith('--'))) continue;
          report(wordRange(model, call.nameWord).start, wordRange(model, target.args[target.args.length - 1] ?? target.nameWord).end, target.name);
        }
      },
    });
  },
});
