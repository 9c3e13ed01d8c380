// Rule: apt packages pinned to a version make the image reproducible; off by default because Debian and Ubuntu mirrors drop old versions.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptCommands, shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-apt-packages',
  title: 'Pin apt package versions',
  language: 'dockerfile',
  // Debian and Ubuntu keep only the newest version of a package in a release, so a pin breaks the build at the next
  // security update; official images do not pin. Teams that want pins turn this on (hadolint's DL3008 config does).
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3008' }],
  fixable: false,
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of aptCommands(shell, new Set(['apt-get']))) {
          if (command.sub?.value !== 'install') continue;
          for (const word of command.operands) {
            // `pkg=1.2`, `pkg/bookworm-backports` (a release), `./local.deb` and `$PKGS` are already chosen on purpose.
            if (word.dynamic || /[=/]/.test(word.value) || word.value.endsWith('.deb') || word.value === '') continue;
            context.report({
              range: wordRange(model, word),
              message: `"${word.value}" installs whatever version the mirror has today, so two builds of this file can differ. Pin it (${word.value}=<version>) if you need reproducible images.`,
            });
          }
        }
      },
    };
  },
});
