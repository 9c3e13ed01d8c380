// Rule: Run zypper with --non-interactive: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { shellOf, zypperCommands } from '../shell/packages';
import { fedYes, promptProblem, zypperAskingSub, zypperNonInteractive } from '../shell/rpm';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'zypper-non-interactive',
  title: 'Run zypper with --non-interactive',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3034' }],
  fixable: true,
  topic: 'instruction:RUN',
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of zypperCommands(shell)) {
          const sub = zypperAskingSub(command);
          if (!sub || zypperNonInteractive(command)) continue;
          if (fedYes(shell, command)) continue;
          context.report(promptProblem(model, command, `zypper ${sub}`, '--non-interactive', 'name'));
        }
      },
    };
  },
});
