// Rule (off by default): services listed in alphabetical order, so a reader finds one without scanning the file.
import { isMap, isScalar, type Scalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { isMergeKey } from '../mergeKeys';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'services-alphabetical-order',
  title: 'List services in alphabetical order',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'services-alphabetical-order' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      root(root) {
        const services = root.get('services', true);
        if (!isMap(services)) return;
        const earlier: string[] = [];
        for (const pair of services.items) {
          if (!isScalar(pair.key) || isMergeKey(pair.key)) continue;
          const name = String(pair.key.value);
          // Name the first of the earlier services this one belongs in front of.
          const after = earlier.filter((other) => other.localeCompare(name) > 0).sort((a, b) => a.localeCompare(b))[0];
          if (after !== undefined) {
            context.report({
              range: model.rangeOf(pair.key as Scalar),
              message: `Service "${name}" is out of alphabetical order: move it above "${after}".`,
            });
          }
          earlier.push(name);
        }
      },
    };
  },
});
