// Rule: Pass -y to dnf install: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { shellOf, rpmCommands } from '../shell/packages';
import { fedYes, promptProblem, rpmAskingSub, rpmAssumesYes } from '../shell/rpm';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'dnf-assume-yes',
  title: 'Pass -y to dnf install',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3038' }],
  fixable: true,
  topic: 'instruction:RUN',
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        // microdnf never asks (its -y is accepted and ignored), so only dnf is read here.
        for (const command of rpmCommands(shell, ['dnf', 'dnf5'])) {
          const sub = rpmAskingSub(command);
          if (!sub || rpmAssumesYes(command)) continue;
          if (fedYes(shell, command)) continue;
          context.report(promptProblem(model, command, `${command.call.name} ${sub}`, '-y', 'sub'));
        }
      },
    };
  },
});
