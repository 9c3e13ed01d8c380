// Rule: apk packages pinned to a version make the image reproducible; off by default because Alpine mirrors drop old versions.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { apkCommands, shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-apk-packages',
  title: 'Pin apk package versions',
  language: 'dockerfile',
  // An Alpine branch keeps only the newest build of each package, so an exact pin breaks the build at the next
  // security fix. Teams that want pins (often with `~` for a minor series) turn this on.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3018' }],
  fixable: false,
  create(context) {
    const model = context.model;
    return {
      RUN(run) {
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of apkCommands(shell)) {
          if (command.sub?.value !== 'add') continue;
          for (const word of command.operands) {
            // `pkg=1.2-r0`, `pkg~1.2`, `pkg>1.2`, `./local.apk`, `$PKGS` and `-t .build-deps` values are chosen on purpose.
            if (word.dynamic || word.value === '' || /[=~<>/]/.test(word.value) || word.value.endsWith('.apk')) continue;
            context.report({
              range: wordRange(model, word),
              message: `"${word.value}" installs whatever version the Alpine mirror has today, so two builds of this file can differ. Pin it (${word.value}=<version>, or ${word.value}~<major.minor> for a series) if you need reproducible images.`,
            });
          }
        }
      },
    };
  },
});
