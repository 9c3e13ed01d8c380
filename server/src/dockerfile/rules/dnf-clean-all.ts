// Rule: Run dnf clean all in the RUN that installs: the package manager's metadata and package cache otherwise stay in the layer.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { uncleanedInstallRule } from '../shell/cacheCleanupRule';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'dnf-clean-all',
  title: 'Run dnf clean all in the RUN that installs',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3040' }],
  fixable: false,
  topic: 'concept:layer-caching',
  create: uncleanedInstallRule('dnf', (name) =>
    `${name} keeps the repository metadata it downloaded in /var/cache, and it stays in this layer. End the same RUN with "${name} clean all", or mount a cache at /var/cache/${name === "dnf5" ? "libdnf5" : name === "microdnf" ? "yum" : "dnf"}.`),
});
