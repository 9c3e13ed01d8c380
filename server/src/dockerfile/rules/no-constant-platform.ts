// Rule: a fixed `FROM --platform=linux/amd64` pins a stage to one platform and defeats multi-platform builds.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-constant-platform',
  title: 'Do not hard-code FROM --platform',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'portability',
  aliases: [
    { tool: 'buildkit', id: 'FromPlatformFlagConstDisallowed' },
    { tool: 'hadolint', id: 'DL3029' },
  ],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from, stage) {
        const flag = from.getPlatformFlag();
        const value = flag?.getValue();
        if (!flag || !value || value.includes('$')) return;
        // A stage named for its platform (build_amd64, base-linux) is platform-specific on purpose, e.g. picked by `FROM build_${TARGETARCH}`.
        const parts = value.toLowerCase().split('/').filter((part) => part !== '');
        if (stage.name && parts.some((part) => stage.name!.includes(part))) return;
        context.report({
          range: flag.getValueRange() ?? flag.getRange(),
          message: `--platform=${value} fixes this stage to one platform, so the image cannot be built for others. Leave it out and pass --platform to docker build, or use a variable such as $BUILDPLATFORM.`,
        });
      },
    };
  },
});
