// Rule (off by default): a service's depends_on entries in alphabetical order, which keeps diffs and reviews simple.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'service-dependencies-alphabetical-order',
  title: 'List depends_on entries in alphabetical order',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'service-dependencies-alphabetical-order' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        const dependsOn = service.value?.get('depends_on', true);
        if (!isSeq(dependsOn) && !isMap(dependsOn)) return;
        // Both the list form and the map form name one dependency per entry.
        const entries: { name: string; node: Node }[] = [];
        for (const item of dependsOn.items) {
          const node = isPair(item) ? item.key : item;
          if (isScalar(node)) entries.push({ name: String(node.value), node });
        }
        for (let i = 1; i < entries.length; i++) {
          const previous = entries[i - 1]!;
          const entry = entries[i]!;
          if (entry.name.localeCompare(previous.name) >= 0) continue;
          context.report({
            range: model.rangeOf(entry.node),
            message: `depends_on of service "${service.name}" is not in alphabetical order: "${entry.name}" belongs before "${previous.name}".`,
          });
          return;
        }
      },
    };
  },
});
