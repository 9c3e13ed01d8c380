// Rule: zypper dist-upgrade inside a build turns the image into whatever the repositories hold that day; use a newer base image.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { zypperCommands } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const DIST_UPGRADES = new Set(['dist-upgrade', 'dup']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-zypper-dist-upgrade',
  title: 'Avoid zypper dist-upgrade in a Dockerfile',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3035' }],
  fixable: false,
  topic: 'instruction:RUN',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of zypperCommands(shell)) {
      const sub = command.sub;
      if (!sub || !DIST_UPGRADES.has(sub.value)) continue;
      context.report({
        range: { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, sub).end },
        message: `"zypper ${sub.value}" moves every package of the base image to what the repositories hold on build day, and may switch vendors or remove packages: the result depends on the build date and the layer duplicates the upgraded files. Pull a newer base image tag instead, or update only the packages you need (zypper update <package>).`,
      });
    }
  }),
});
