// Rule: gems installed by name take the newest release; off by default, teams that pin turn it on.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption } from '../shell/commands';
import { gemCommands, shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-gem-packages',
  title: 'Pin gem versions',
  language: 'dockerfile',
  // Off by default: most Ruby images install gems from a Gemfile.lock with bundle install, which pins already.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3028' }],
  fixable: false,
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of gemCommands(shell)) {
          if (command.sub?.value !== 'install' && command.sub?.value !== 'i') continue;
          // `-v 2.5.0` applies to the gems named in the command.
          if (hasOption(command.parsed, 'v', 'version')) continue;
          for (const word of command.operands) {
            // `rails:7.1.3`, a local `.gem` file and `$GEMS` are chosen on purpose.
            if (word.dynamic || word.value === '' || word.value.includes(':') || word.value.endsWith('.gem')) continue;
            context.report({
              range: wordRange(model, word),
              message: `"${word.value}" installs the newest release on the day you build, so two builds of this file can differ. Pin it (gem install ${word.value}:<version>, or -v <version>) or install from a Gemfile.lock with bundle install.`,
            });
          }
        }
      },
    };
  },
});
