// Rule: with `strict-labels: true` in .hadolint.yaml, a LABEL may only set keys that the label-schema lists.
import { defineRule } from '../../rules/defineRule';
import { configDisplayPath, hadolintConfigOf } from '../hadolintConfig';
import { labelPairs } from '../labels';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-unlisted-labels',
  title: 'Set only the labels your label schema lists',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3050' }],
  fixable: false,
  topic: 'instruction:LABEL',
  create(context) {
    const config = hadolintConfigOf(context.model);
    if (!config?.strictLabels) return {};
    const listed = [...config.labelSchema.keys()];
    return {
      LABEL(label) {
        for (const pair of labelPairs(label)) {
          if (config.labelSchema.has(pair.name) || pair.name.includes('$')) continue;
          const allowed = listed.length === 0 ? 'no labels at all, since its label-schema is empty' : `only ${listed.map((name) => `"${name}"`).join(', ')}`;
          context.report({ range: pair.nameRange, message: `Label "${pair.name}" is not in the label schema: strict-labels in ${configDisplayPath(config.uri)} allows ${allowed}.` });
        }
      },
    };
  },
});
