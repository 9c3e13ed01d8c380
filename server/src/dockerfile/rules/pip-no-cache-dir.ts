// Rule: pip install keeps every downloaded wheel in ~/.cache/pip; in an image layer that cache is dead weight.
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { cacheCleanupRule } from '../shell/cacheCleanupRule';
import { hasOption } from '../shell/commands';
import { cacheMountTargets, envValueBefore, pipCommands } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

/** pip reads PIP_NO_CACHE_DIR as a boolean; any of these turns the cache off. */
const TRUTHY = /^(?:1|true|yes|on)$/i;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pip-no-cache-dir',
  title: 'Use pip install --no-cache-dir',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3042' }],
  fixable: true,
  topic: 'concept:layer-caching',
  create: cacheCleanupRule((context, shell, run, stage) => {
    const model = context.model;
    // Whichever user runs pip, its cache is ~/.cache/pip; a cache mount there (or on ~/.cache) keeps it out of the layer.
    if (cacheMountTargets(run).some((target) => /(?:^|\/)\.cache(?:\/pip)?$/.test(target))) return;
    if (TRUTHY.test(envValueBefore(model, stage, 'PIP_NO_CACHE_DIR', run)?.replace(/^["']|["']$/g, '') ?? '')) return;
    // `export PIP_NO_CACHE_DIR=1` earlier in the same RUN counts too.
    if (shell.commands.some((c) => c.words[0]?.value === 'export' && c.words.some((w) => /^PIP_NO_CACHE_DIR=/.test(w.value) && TRUTHY.test(w.value.slice(17))))) return;
    for (const command of pipCommands(shell)) {
      if (command.sub?.value !== 'install') continue;
      const parsed = command.parsed;
      // pip's option parser accepts any unambiguous prefix of a long option, so `--no-cache` is `--no-cache-dir`.
      if (hasOption(parsed, 'cache-dir') || parsed.options.some((option) => option.name.startsWith('no-cache') && 'no-cache-dir'.startsWith(option.name))) continue;
      if (command.call.command.assignments.some((a) => /^PIP_NO_CACHE_DIR=/.test(a.value) && TRUTHY.test(a.value.slice(17)))) continue;
      // `pip install` of nothing (only options) downloads nothing.
      if (command.operands.length === 0 && !hasOption(parsed, 'r', 'requirement', 'e', 'editable')) continue;
      const range = { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, command.sub).end };
      context.report({
        range,
        message: 'pip keeps a copy of every package it downloads in ~/.cache/pip, and in an image that copy ships in the layer for nothing. Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or mount a cache at /root/.cache/pip).',
        fix: (): Fix => ({ title: 'Add --no-cache-dir', edits: [{ range: { start: range.end, end: range.end }, newText: ' --no-cache-dir' }], safe: true }),
      });
    }
  }),
});
