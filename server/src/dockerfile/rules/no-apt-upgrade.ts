// Rule: upgrading every package inside a build makes the image depend on the day it was built; update the base image instead.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptCommands } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const UPGRADES = new Set(['upgrade', 'dist-upgrade', 'full-upgrade']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-apt-upgrade',
  title: 'Avoid apt-get upgrade and dist-upgrade in a Dockerfile',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3005' }],
  fixable: false,
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of aptCommands(shell)) {
      const sub = command.sub;
      // `apt-get install --only-upgrade pkg` targets one package on purpose and is not flagged.
      if (!sub || !UPGRADES.has(sub.value) || command.operands.length > 0) continue;
      context.report({
        range: { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, sub).end },
        message: `"${command.call.name} ${sub.value}" upgrades the whole base image inside your layer: the result depends on the build day, the layer grows, and the base's maintainers already ship these fixes. Pull a newer base image tag instead, or upgrade only the packages you need.`,
      });
    }
  }),
});
