// Rule: dnf packages pinned to a version make the image reproducible; off by default because repositories drop old builds.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { rpmCommands } from '../shell/packages';
import { rpmInstalls, rpmOperandPinned } from '../shell/rpm';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-dnf-packages',
  title: 'Pin dnf package versions',
  language: 'dockerfile',
  // Red Hat family repositories keep few old builds and update releases in place, so an exact pin can break the
  // build at the next errata; teams that rebuild from a fixed snapshot turn this on.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3041' }],
  fixable: false,
  topic: 'instruction:RUN',
  create: unpinnedPackageRule({
    commands: (shell) => rpmCommands(shell, ['dnf', 'dnf5', 'microdnf']),
    installs: rpmInstalls,
    pinned: rpmOperandPinned,
    message: (name) =>
      `"${name}" installs whatever version the repository has today, so two builds of this file can differ. Pin it (${name}-<version>, e.g. ${name}-1.2.3-1.el9) if you need reproducible images.`,
  }),
});
