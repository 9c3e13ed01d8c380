// Rule: Pass -y to yum install: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { rpmCommands } from '../shell/packages';
import { unansweredPromptRule } from '../shell/promptRule';
import { rpmAskingSub, rpmAssumesYes } from '../shell/rpm';
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
  create: unansweredPromptRule({
    commands: (shell) => rpmCommands(shell, ['yum']),
    askingSub: rpmAskingSub,
    answered: rpmAssumesYes,
    answer: '-y',
    at: 'sub',
  }),
});
