// Rule: a pipeline's status is its last command's, so a failed download piped into tar passes unnoticed without pipefail.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { shellOf } from '../shell/packages';
import { commandRange, type RunCommand } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

/** Producers whose failure is not a concern (and `yes`, which pipefail would turn into a failure when its reader exits). */
const HARMLESS = new Set(['echo', 'printf', 'yes', 'true']);

/** Checksum tools that fail on empty or short input when checking, so a failed producer fails the pipeline anyway. */
const CHECKSUMS = new Set(['sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'md5sum', 'b2sum', 'shasum']);

/** `grep " file$" SUMS | sha256sum -c -`: an empty or broken input makes the check itself fail. */
function checksAChecksum(command: RunCommand): boolean {
  const call = invocation(command);
  return call !== undefined && CHECKSUMS.has(call.name) && call.args.some((w) => w.value === '--check' || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value));
}

/** `set -o pipefail`, `set -euxo pipefail`, `set -eu -o pipefail`. */
function setsPipefail(command: RunCommand): boolean {
  const words = command.words;
  if (words[0]?.value !== 'set') return false;
  return words.some((w, i) => w.value === 'pipefail' && i > 1 && /^-[a-zA-Z]*o$/.test(words[i - 1]!.value));
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'use-pipefail',
  title: 'Turn on pipefail before piping in RUN',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL4006' }],
  fixable: false,
  topic: 'instruction:SHELL',
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        // PowerShell, cmd and exec form have no POSIX pipes; a SHELL with -o pipefail already covers every RUN.
        if (!shell || shell.shell.pipefail) return;
        const commands = shell.commands;
        for (let i = 0; i < commands.length; i++) {
          const command = commands[i]!;
          if (setsPipefail(command) && !command.inSubstitution) return;
          // A pipe inside $(…) decides only what is substituted, not whether the RUN fails.
          if (!command.pipesOut || command.inSubstitution) continue;
          // The whole pipeline: this command, the ones it feeds, up to the last one.
          const pipeline = [command];
          let k = i + 1;
          while (k < commands.length) {
            const next = commands[k]!;
            // Substitutions in the next command's words are listed before it.
            if (next.inSubstitution) {
              k++;
              continue;
            }
            if (next.joiner !== '|') break;
            pipeline.push(next);
            if (!next.pipesOut) break;
            k++;
          }
          const producers = pipeline.slice(0, -1);
          i = k;
          if (producers.length === 0 || producers.every((p) => HARMLESS.has(invocation(p)?.name ?? ''))) continue;
          if (checksAChecksum(pipeline[pipeline.length - 1]!)) continue;
          const start = commandRange(model, pipeline[0]!);
          const end = commandRange(model, pipeline[pipeline.length - 1]!);
          if (!start || !end) continue;
          context.report({
            range: { start: start.start, end: end.end },
            message: 'Without pipefail a pipeline succeeds whenever its last command does, so if an earlier one fails (a download, say) the build goes on with broken output. Put SHELL ["/bin/bash", "-o", "pipefail", "-c"] before this RUN (on Alpine: SHELL ["/bin/ash", "-o", "pipefail", "-c"]), or start the RUN with "set -o pipefail" in a shell that has it.',
          });
          return;
        }
      },
    };
  },
});
