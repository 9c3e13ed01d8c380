// Rule: the package lists fetched by apt-get update belong in the same RUN's cleanup, or they stay in the image for good.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { cacheCleanupRule } from '../shell/cacheCleanupRule';
import { aptCommands, mountsCacheOver } from '../shell/packages';
import { invocation } from '../shell/commands';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'apt-lists-cleanup',
  title: 'Remove /var/lib/apt/lists in the RUN that ran apt-get update',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3009' }],
  fixable: false,
  create: cacheCleanupRule((context, shell, run) => {
    const model = context.model;
    if (shell.incomplete) return;
    if (mountsCacheOver(run, '/var/lib/apt/lists')) return;
    const update = aptCommands(shell).find((c) => c.sub?.value === 'update');
    if (!update) return;
    const cleaned = shell.commands.some((command) => {
      const call = invocation(command);
      return call?.name === 'rm' && call.args.some((w) => /^\/var\/lib\/apt(?:\/lists)?(?:\/\*?)?$/.test(w.value) || w.value.startsWith('/var/lib/apt/lists/'));
    });
    if (cleaned) return;
    context.report({
      range: { start: wordRange(model, update.call.nameWord).start, end: wordRange(model, update.sub!).end },
      message: `${update.call.name} update downloads package lists (tens of megabytes) that stay in this layer. End the same RUN with "rm -rf /var/lib/apt/lists/*", or mount a cache at /var/lib/apt/lists.`,
    });
  }),
});
