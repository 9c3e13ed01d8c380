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
/** A VCS link builds whatever its branch holds today unless `@<ref>` follows the repository path; a `user@` before the host is no ref. */
const VCS_LINK = /^(?:git|hg|svn|bzr)\+[A-Za-z]+:\/\/[^/]*(\/[^#]*)?/;

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
    pinned: (name, command) => {
      const vcs = VCS_LINK.exec(name);
      // Tested first: `#egg=name` would pass for a version specifier and `://` for an artifact.
      if (vcs) return (vcs[1] ?? '').includes('@');
      return (
        PINNED.test(name) ||
        ARTIFACT.test(name) ||
        // `pip install --upgrade pip setuptools wheel` updates the installer itself, which nobody pins.
        (TOOLING.has(name.toLowerCase()) && hasOption(command.parsed, 'U', 'upgrade'))
      );
    },
    message: (name) =>
      VCS_LINK.test(name)
        ? `"${name}" builds whatever the repository's default branch holds on the day you build, so two builds of this file can differ. Name a tag or commit after the path (….git@<tag>).`
        : `"${name}" installs whatever version PyPI has today, so two builds of this file can differ. Pin it (${name}==<version>) or install from a requirements file with pinned versions.`,
  }),
});
