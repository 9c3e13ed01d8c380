// Rule: pip packages named without a version install whatever PyPI has today; off by default, teams that pin turn it on.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption } from '../shell/commands';
import { pipCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
import type { DockerfileVisitor } from '../walker';

/** A version specifier (`==`, `>=`, `~=`, `!=`, `<`, `>`) or a direct reference (`name @ url`). */
const PINNED = /[=<>!~@]/;
/** Paths, archives, URLs and VCS links name one exact artifact. */
const ARTIFACT = /^(?:\.|\/|~)|\/|\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$|:\/\/|^(?:git|hg|svn|bzr)\+/;
const TOOLING = new Set(['pip', 'setuptools', 'wheel']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-pip-packages',
  title: 'Pin pip package versions',
  language: 'dockerfile',
  // Off by default: many images install from a pinned requirements file or deliberately take the latest tool.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3013' }],
  fixable: false,
  create: unpinnedPackageRule({
    commands: pipCommands,
    // A constraints file pins whatever the command names.
    installs: (command) => command.sub?.value === 'install' && !hasOption(command.parsed, 'c', 'constraint'),
    pinned: (name, command) =>
      PINNED.test(name) ||
      ARTIFACT.test(name) ||
      // `pip install --upgrade pip setuptools wheel` updates the installer itself, which nobody pins.
      (TOOLING.has(name.toLowerCase()) && hasOption(command.parsed, 'U', 'upgrade')),
    message: (name) =>
      `"${name}" installs whatever version PyPI has today, so two builds of this file can differ. Pin it (${name}==<version>) or install from a requirements file with pinned versions.`,
  }),
});
