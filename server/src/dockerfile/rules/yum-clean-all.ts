// Rule: Run yum clean all in the RUN that installs: the package manager's metadata and package cache otherwise stay in the layer.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { uncleanedInstallRule } from '../shell/cacheCleanupRule';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'yum-clean-all',
  title: 'Run yum clean all in the RUN that installs',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3032' }],
  fixable: false,
  topic: 'concept:layer-caching',
  create: uncleanedInstallRule('yum', () =>
    `yum keeps the repository metadata and downloaded packages it used in /var/cache/yum, and they stay in this layer. End the same RUN with "yum clean all" (or "rm -rf /var/cache/yum"), or mount a cache there.`),
});
