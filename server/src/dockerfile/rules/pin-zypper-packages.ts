// Rule: zypper packages pinned to a version make the image reproducible; off by default because repositories drop old builds.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { zypperCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-zypper-packages',
  title: 'Pin zypper package versions',
  language: 'dockerfile',
  // openSUSE and SLES repositories replace packages on update, so an exact pin can break the build at the next
  // patch; teams that rebuild from a fixed snapshot turn this on.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3037' }],
  fixable: false,
  topic: 'instruction:RUN',
  create: unpinnedPackageRule({
    commands: zypperCommands,
    // `-t pattern`, `-t product`… install things that carry no version of their own; only packages are judged.
    installs: (command) =>
      (command.sub?.value === 'install' || command.sub?.value === 'in') &&
      command.parsed.options.every((o) => (o.name !== 't' && o.name !== 'type') || o.value === 'package'),
    // `name=1.2`, `name>=1.2` (one quoted word), a `.rpm` file or URL, and `pattern:x`-style kinds are not bare names.
    pinned: (name) => /[=<>]/.test(name) || name.endsWith('.rpm') || /^(?:pattern|patch|product|srcpackage|application):/.test(name),
    message: (name) =>
      `"${name}" installs whatever version the repository has today, so two builds of this file can differ. Pin it ('${name}=<version>') if you need reproducible images.`,
  }),
});
