// Rule: Run zypper with --non-interactive: a build cannot answer the confirmation prompt.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { zypperCommands } from '../shell/packages';
import { unansweredPromptRule } from '../shell/promptRule';
import { zypperAskingSub, zypperNonInteractive } from '../shell/rpm';
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
  create: unansweredPromptRule({
    commands: zypperCommands,
    askingSub: zypperAskingSub,
    answered: zypperNonInteractive,
    answer: '--non-interactive',
    at: 'name',
  }),
});
