// Rule: relinking /bin/sh swaps the shell for every script in the image; the SHELL instruction changes it for RUN only.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { parseArgs } from '../shell/commands';
import { invocationsOfShell } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const LN_VALUE_OPTIONS = new Set(['S', 'suffix', 't', 'target-directory']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-shell-instruction',
  title: 'Use SHELL instead of relinking /bin/sh',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL4005' }],
  fixable: false,
  topic: 'instruction:SHELL',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const call of invocationsOfShell(shell, 'ln')) {
      const { operands } = parseArgs(call.args, LN_VALUE_OPTIONS);
      // Only the link name matters: `ln -s /bin/sh /usr/local/bin/sh` leaves /bin/sh alone.
      const target = operands[operands.length - 1];
      if (operands.length < 2 || !target || !/^\/(?:usr\/)?bin\/sh$/.test(target.value)) continue;
      context.report({
        range: { start: wordRange(model, call.nameWord).start, end: wordRange(model, target).end },
        message: `Replacing ${target.value} changes the shell of every script and program in the image, including the base image's own. To run this Dockerfile's RUN lines with another shell, use the SHELL instruction, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"].`,
      });
    }
  }),
});
