// Rule: gems installed by name take the newest release; off by default, teams that pin turn it on.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption } from '../shell/commands';
import { gemCommands } from '../shell/packages';
import { unpinnedPackageRule } from '../shell/unpinnedPackageRule';
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
  create: unpinnedPackageRule({
    commands: gemCommands,
    // `-v 2.5.0` applies to the gems named in the command.
    installs: (command) => (command.sub?.value === 'install' || command.sub?.value === 'i') && !hasOption(command.parsed, 'v', 'version'),
    // `rails:7.1.3` and a local `.gem` file are chosen on purpose.
    pinned: (name) => name.includes(':') || name.endsWith('.gem'),
    message: (name) =>
      `"${name}" installs the newest release on the day you build, so two builds of this file can differ. Pin it (gem install ${name}:<version>, or -v <version>) or install from a Gemfile.lock with bundle install.`,
  }),
});
