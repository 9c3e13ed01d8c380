// Rule: `FROM --platform=$TARGETPLATFORM` says what FROM does by default, so the flag only adds noise.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-redundant-target-platform',
  title: 'Drop --platform=$TARGETPLATFORM from FROM',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'RedundantTargetPlatform' }],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from) {
        const flag = from.getPlatformFlag();
        const value = flag?.getValue();
        if (!flag || (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}')) return;
        context.report({
          range: flag.getRange(),
          message: 'FROM already pulls the image for the target platform; --platform=$TARGETPLATFORM changes nothing and can be removed.',
        });
      },
    };
  },
});
