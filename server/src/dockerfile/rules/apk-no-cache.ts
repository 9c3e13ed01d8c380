// Rule: apk add --no-cache fetches the index into memory only, so no index or package cache is left in the layer.
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { cacheCleanupRule } from '../shell/cacheCleanupRule';
import { hasOption } from '../shell/commands';
import { apkCommands, mountsCacheOver, removesPath } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'apk-no-cache',
  title: 'Use apk add --no-cache',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3019' }],
  fixable: true,
  topic: 'concept:layer-caching',
  create: cacheCleanupRule((context, shell, run) => {
    const model = context.model;
    if (mountsCacheOver(run, '/var/cache/apk') || mountsCacheOver(run, '/etc/apk/cache')) return;
    if (removesPath(shell, (path) => path === '/var/cache/apk' || path === '/etc/apk/cache')) return;
    for (const command of apkCommands(shell)) {
      if (command.sub?.value !== 'add' || hasOption(command.parsed, 'no-cache')) continue;
      // --no-network reads only indexes already in the image and downloads nothing, so there is nothing to cache
      // (the official redis and php images add their run-time libraries this way).
      if (hasOption(command.parsed, 'no-network')) continue;
      const range = { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, command.sub).end };
      context.report({
        range,
        message: 'apk add without --no-cache keeps the package index it downloads (and any cached packages) in this layer. Use "apk add --no-cache", which also makes a separate "apk update" unnecessary.',
        fix: (): Fix => ({ title: 'Add --no-cache', edits: [{ range: { start: range.end, end: range.end }, newText: ' --no-cache' }], safe: true }),
      });
    }
  }),
});
