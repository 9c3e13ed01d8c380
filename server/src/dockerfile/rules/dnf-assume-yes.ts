// Rule: Pass -y to dnf install: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { rpmCommands } from '../shell/packages';
import { unansweredPromptRule } from '../shell/promptRule';
import { rpmAskingSub, rpmAssumesYes } from '../shell/rpm';
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
  create: unansweredPromptRule({
    // microdnf never asks (its -y is accepted and ignored), so only dnf is read here.
    commands: (shell) => rpmCommands(shell, ['dnf', 'dnf5']),
    askingSub: rpmAskingSub,
    answered: rpmAssumesYes,
    answer: '-y',
    at: 'sub',
  }),
});
