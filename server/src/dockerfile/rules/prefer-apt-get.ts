// Rule: `apt` is for people at a terminal; scripts should call apt-get, whose interface is stable.
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptCommands } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

// Subcommands apt-get has under the same name; `apt list`, `apt search` or `apt show` have no drop-in twin.
const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'full-upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean', 'build-dep', 'source', 'download', 'reinstall']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-apt-get',
  title: 'Use apt-get instead of apt in scripts',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3027' }],
  fixable: true,
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of aptCommands(shell, new Set(['apt']))) {
      const range = wordRange(model, command.call.nameWord);
      const sub = command.sub?.value;
      const exact = command.call.nameWord.value === 'apt' && sub !== undefined && SAME_IN_APT_GET.has(sub);
      context.report({
        range,
        message: 'apt is meant for interactive use: its output and behaviour may change between releases, and it warns that its CLI is not stable. Use apt-get in a Dockerfile.',
        fix: exact ? (): Fix => ({ title: 'Replace apt with apt-get', edits: [{ range, newText: 'apt-get' }], safe: sub !== 'reinstall' }) : undefined,
      });
    }
  }),
});
