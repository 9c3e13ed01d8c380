// Rule: Pass -y to yum install: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { shellOf, rpmCommands } from '../shell/packages';
import { fedYes, promptProblem, rpmAskingSub, rpmAssumesYes } from '../shell/rpm';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'yum-assume-yes',
  title: 'Pass -y to yum install',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3030' }],
  fixable: true,
  topic: 'instruction:RUN',
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of rpmCommands(shell, ['yum'])) {
          const sub = rpmAskingSub(command);
          if (!sub || rpmAssumesYes(command)) continue;
          if (fedYes(shell, command)) continue;
          context.report(promptProblem(model, command, `yum ${sub}`, '-y', 'sub'));
        }
      },
    };
  },
});
