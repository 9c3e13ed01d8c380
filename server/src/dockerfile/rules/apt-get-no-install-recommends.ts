// Rule: apt-get install should skip recommended packages, which the image rarely needs and which add size.
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptCommands, aptInstallsNothing, aptSettings } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { hasOption } from '../shell/commands';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'apt-get-no-install-recommends',
  title: 'Install apt packages with --no-install-recommends',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3015' }],
  fixable: true,
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of aptCommands(shell, new Set(['apt-get']))) {
      const sub = command.sub;
      if (sub?.value !== 'install' || hasOption(command.parsed, 'no-install-recommends') || aptInstallsNothing(command)) continue;
      if (aptSettings(command).some((s) => /^apt::install-recommends=(?:0|false|no)$/.test(s))) continue;
      const range = { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, sub).end };
      context.report({
        range,
        message: 'apt-get install also pulls in every "recommended" package, often tens of megabytes the image never uses. Add --no-install-recommends and list what you need.',
        // Dropping recommends can remove something the program relies on, so the fix is offered but not applied blindly.
        fix: (): Fix => ({ title: 'Add --no-install-recommends', edits: [{ range: { start: range.end, end: range.end }, newText: ' --no-install-recommends' }], safe: false }),
      });
    }
  }),
});
