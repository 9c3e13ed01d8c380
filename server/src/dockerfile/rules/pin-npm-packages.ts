// Rule: npm packages installed by name take whatever the registry's latest tag is today; off by default, teams that pin turn it on.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { npmCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
import type { DockerfileVisitor } from '../walker';

const INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in']);
const LOCAL = /^(?:\.{1,2}(?:\/|$)|\/|~\/|file:)|\.(?:tgz|tar|tar\.gz)$/;
const GIT = /^(?:git(?:\+[a-z]+)?:|github:|gitlab:|bitbucket:|gist:|https?:\/\/)/;

/** True when the spec names one version, tag, commit or artifact. */
function pinned(spec: string): boolean {
  if (LOCAL.test(spec)) return true;
  if (GIT.test(spec)) return spec.includes('#') || /^https?:\/\/.*\.(?:tgz|tar\.gz)$/.test(spec);
  const scoped = spec.startsWith('@');
  const rest = scoped ? spec.slice(spec.indexOf('/') + 1) : spec;
  if (scoped) return rest.includes('@');
  // `user/repo` is a GitHub shorthand, pinned by `#commit`.
  if (rest.includes('/')) return rest.includes('#');
  return rest.includes('@');
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-npm-packages',
  title: 'Pin npm package versions',
  language: 'dockerfile',
  // Off by default: global CLI tools are often taken at their latest on purpose; project dependencies come from a lock file.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3016' }],
  fixable: false,
  create: unpinnedPackageRule({
    commands: npmCommands,
    installs: (command) => INSTALL.has(command.sub?.value ?? ''),
    pinned,
    message: (name) =>
      `"${name}" installs whatever the registry's latest tag points to today, so two builds of this file can differ. Pin it (${name}@<version>) or install from package.json with a lock file (npm ci).`,
  }),
});
