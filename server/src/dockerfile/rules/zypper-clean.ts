// Rule: Run zypper clean in the RUN that installs: the package manager's metadata and package cache otherwise stay in the layer.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { uncleanedInstallRule } from '../shell/cacheCleanupRule';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'zypper-clean',
  title: 'Run zypper clean in the RUN that installs',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3036' }],
  fixable: false,
  topic: 'concept:layer-caching',
  create: uncleanedInstallRule('zypper', () =>
    `zypper keeps the repository metadata and packages it downloaded in /var/cache/zypp, and they stay in this layer. End the same RUN with "zypper clean --all", or mount a cache at /var/cache/zypp.`),
});
