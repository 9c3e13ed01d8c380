// Rule (off by default): top-level keys in one conventional order, so every Compose file of a team reads the same way.
import { isScalar, type Scalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

// dclint's order: extension fields (x-*) first, then these. Keys not listed (such as models) are not checked.
const ORDER = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs'];

/** Position of a key in the order; extension fields share rank -1 and sort by name among themselves. */
function rank(key: string): number | undefined {
  if (key.startsWith('x-')) return -1;
  const index = ORDER.indexOf(key);
  return index === -1 ? undefined : index;
}

function before(a: string, b: string): boolean {
  const ra = rank(a)!;
  const rb = rank(b)!;
  return ra !== rb ? ra < rb : ra === -1 && a.localeCompare(b) < 0;
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'top-level-properties-order',
  title: 'Keep top-level keys in the usual order',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'top-level-properties-order' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      root(root) {
        const earlier: string[] = [];
        for (const pair of root.items) {
          if (!isScalar(pair.key)) continue;
          const key = String(pair.key.value);
          if (rank(key) === undefined) continue;
          const after = earlier.find((other) => before(key, other));
          if (after !== undefined) {
            context.report({
              range: model.rangeOf(pair.key as Scalar),
              message: `Top-level "${key}" belongs above "${after}". The usual order is x-* extension fields, then ${ORDER.join(', ')}.`,
            });
          }
          earlier.push(key);
        }
      },
    };
  },
});
