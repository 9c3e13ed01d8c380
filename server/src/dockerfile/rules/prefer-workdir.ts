// Rule: cd in a RUN lasts only until that RUN ends; WORKDIR sets the folder for every instruction after it.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-workdir',
  title: 'Use WORKDIR instead of cd',
  language: 'dockerfile',
  // Info: `cd dir && make` works; the lesson is that the folder does not carry over and WORKDIR says it once for all.
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3003' }],
  fixable: false,
  topic: 'instruction:WORKDIR',
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of shell.commands) {
          // `( cd x && make )` and `$(cd x && pwd)` say on purpose that the change ends with the parentheses.
          if (command.inSubshell || command.inSubstitution) continue;
          const call = invocation(command);
          if (call?.name !== 'cd' || call.wrappers.length > 0) continue;
          const last = call.args[call.args.length - 1] ?? call.nameWord;
          context.report({
            range: { start: wordRange(model, call.nameWord).start, end: wordRange(model, last).end },
            message: 'cd changes the folder only for the rest of this RUN; the next instruction starts back in the WORKDIR. Set WORKDIR to the folder instead, so every later RUN, COPY and CMD works there too.',
          });
        }
      },
    };
  },
});
