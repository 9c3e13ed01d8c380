// Rule: apt packages pinned to a version make the image reproducible; off by default because Debian and Ubuntu mirrors drop old versions.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { aptCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
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
  create: unpinnedPackageRule({
    commands: (shell) => aptCommands(shell, new Set(['apt-get'])),
    installs: (command) => command.sub?.value === 'install',
    // `pkg=1.2`, `pkg/bookworm-backports` (a release) and `./local.deb` are already chosen on purpose.
    pinned: (name) => /[=/]/.test(name) || name.endsWith('.deb'),
    message: (name) => `"${name}" installs whatever version the mirror has today, so two builds of this file can differ. Pin it (${name}=<version>) if you need reproducible images.`,
  }),
});
