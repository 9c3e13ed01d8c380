// Rule: cd in a RUN lasts only until that RUN ends; WORKDIR sets the folder for every instruction after it.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { invocation } from '../shell/commands';
import { removesPath } from '../shell/packages';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-workdir',
  title: 'Use WORKDIR instead of cd',
  language: 'dockerfile',
  // Info: `cd dir && make` works; the lesson is that the folder does not carry over and WORKDIR says it once for all.
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3003' }],
  fixable: false,
  topic: 'instruction:WORKDIR',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of shell.commands) {
      // `( cd x && make )` and `$(cd x && pwd)` say on purpose that the change ends with the parentheses.
      if (command.inSubshell || command.inSubstitution) continue;
      const call = invocation(command);
      if (call?.name !== 'cd' || call.wrappers.length > 0) continue;
      // `cd /`, `cd -`, `cd ..` and a bare `cd` step back out of a folder: there is nothing to turn into a WORKDIR.
      const target = call.args.filter((w) => w.value !== '--' && !/^-[LPe@]+$/.test(w.value));
      if (target.length === 0 || ['/', '-', '~', '$HOME', '${HOME}', '$OLDPWD'].includes(target[0]!.value) || /^(\.\.\/?)+$/.test(target[0]!.value)) continue;
      // A scratch folder that the same RUN deletes (`cd /usr/src/python; make install; rm -rf /usr/src/python`)
      // must not become the WORKDIR: the image would keep pointing at a folder that no longer exists.
      const folder = target[0]!.value.replace(/\/+$/, '');
      if (removesPath(shell, (path) => path === folder || folder.startsWith(path + '/'))) continue;
      if (/^\$\(\s*mktemp\b|^\/tmp(\/|$)/.test(target[0]!.value)) continue;
      const last = call.args[call.args.length - 1] ?? call.nameWord;
      context.report({
        range: { start: wordRange(model, call.nameWord).start, end: wordRange(model, last).end },
        message: 'cd changes the folder only for the rest of this RUN; the next instruction starts back in the WORKDIR. Set WORKDIR to the folder instead, so every later RUN, COPY and CMD works there too.',
      });
    }
  }),
});
