// Rule: RUN already runs as the USER in effect; sudo adds a tty-dependent, password-dependent step that builds do not need.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { basename } from '../shell/programs';
import { shellRule } from '../shell/shellRule';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-sudo',
  title: 'Do not use sudo in RUN',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [{ tool: 'hadolint', id: 'DL3004' }],
  fixable: false,
  topic: 'instruction:USER',
  create: shellRule((context, shell) => {
    const model = context.model;
    for (const command of shell.commands) {
      const word = command.words[0];
      if (!word || word.dynamic || basename(word.value) !== 'sudo') continue;
      context.report({
        range: wordRange(model, word),
        message: 'sudo in a build either does nothing (RUN is already root) or needs a password no one can type, and it leaves a sudo-capable user in the image. Switch with USER root before the RUN and back to your user after it; at run time use gosu or su-exec.',
      });
    }
  }),
});
