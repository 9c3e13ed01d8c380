// Rule: apt-get install must answer its own prompt with -y, or the build stops at "Do you want to continue?".
import type { Fix } from '../../service/types';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptAssumesYes, aptCommands, aptInstallsNothing } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const ASKS = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep', 'reinstall']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'apt-get-assume-yes',
  title: 'Pass -y to apt-get install',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3014' }],
  fixable: true,
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of aptCommands(shell, new Set(['apt-get']))) {
      const sub = command.sub;
      if (!sub || !ASKS.has(sub.value) || aptAssumesYes(command) || aptInstallsNothing(command)) continue;
      const range = { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, sub).end };
      context.report({
        range,
        message: `"apt-get ${sub.value}" without -y asks "Do you want to continue?" whenever it must add or remove more than you named; a build cannot answer, so apt-get aborts. Add -y.`,
        fix: (): Fix => ({ title: 'Add -y', edits: [{ range: { start: range.end, end: range.end }, newText: ' -y' }], safe: true }),
      });
    }
  }),
});
