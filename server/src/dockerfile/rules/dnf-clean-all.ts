// Rule: Run dnf clean all in the RUN that installs: the package manager's metadata and package cache otherwise stay in the layer.
import type { Stage } from '../model';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { shellOf, shippedStages } from '../shell/packages';
import { uncleanedInstalls } from '../shell/rpm';
import { wordRange } from '../shell/run';
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
  create(context) {
    const model = context.model;
    let shipped: Set<Stage> | undefined;
    return {
      RUN(run, stage) {
        const shell = shellOf(model, run);
        if (!shell || !stage) return;
        shipped ??= shippedStages(model);
        // A builder stage's cache never reaches the final image.
        if (!shipped.has(stage)) return;
        const install = uncleanedInstalls(run, shell, 'dnf')[0];
        if (!install) return;
        const name = install.call.name;
        context.report({
          range: { start: wordRange(model, install.call.nameWord).start, end: wordRange(model, install.sub!).end },
          message: `${name} keeps the repository metadata it downloaded in /var/cache, and it stays in this layer. End the same RUN with "${name} clean all", or mount a cache at /var/cache/${name === "dnf5" ? "libdnf5" : name === "microdnf" ? "yum" : "dnf"}.`,
        });
      },
    };
  },
});
