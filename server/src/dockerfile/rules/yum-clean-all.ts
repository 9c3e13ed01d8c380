// Rule: Run yum clean all in the RUN that installs: the package manager's metadata and package cache otherwise stay in the layer.
import type { Stage } from '../model';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { shellOf, shippedStages } from '../shell/packages';
import { uncleanedInstalls } from '../shell/rpm';
import { wordRange } from '../shell/run';
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
        const install = uncleanedInstalls(run, shell, 'yum')[0];
        if (!install) return;
        context.report({
          range: { start: wordRange(model, install.call.nameWord).start, end: wordRange(model, install.sub!).end },
          message: `yum keeps the repository metadata and downloaded packages it used in /var/cache/yum, and they stay in this layer. End the same RUN with "yum clean all" (or "rm -rf /var/cache/yum"), or mount a cache there.`,
        });
      },
    };
  },
});
