// Rule: apk packages pinned to a version make the image reproducible; off by default because Alpine mirrors drop old versions.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { apkCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
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
  create: unpinnedPackageRule({
    commands: apkCommands,
    installs: (command) => command.sub?.value === 'add',
    // `pkg=1.2-r0`, `pkg~1.2`, `pkg>1.2`, `./local.apk` and `-t .build-deps` values are chosen on purpose.
    pinned: (name) => /[=~<>/]/.test(name) || name.endsWith('.apk'),
    message: (name) =>
      `"${name}" installs whatever version the Alpine mirror has today, so two builds of this file can differ. Pin it (${name}=<version>, or ${name}~<major.minor> for a series) if you need reproducible images.`,
  }),
});
