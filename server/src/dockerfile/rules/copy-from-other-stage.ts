// Rule: COPY --from must not name the stage it is in; BuildKit rejects the circular dependency.
import type { Copy } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-from-other-stage',
  title: 'COPY --from another stage, not the current one',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3023' }],
  fixable: false,
  topic: 'instruction:COPY',
  create(context) {
    return {
      COPY(copy: Copy, stage: Stage | undefined) {
        if (!stage) return;
        const flag = typeof copy.getFromFlag === 'function' ? copy.getFromFlag() : null;
        const value = flag?.getValue()?.toLowerCase();
        if (!flag || !value) return;
        const self = (stage.name !== undefined && value === stage.name) || value === String(stage.index);
        if (!self) return;
        context.report({
          range: flag.getValueRange() ?? flag.getRange(),
          message: `COPY --from=${flag.getValue()} names the stage this COPY is in; a stage cannot copy from itself. Name an earlier stage or an image.`,
        });
      },
    };
  },
});
