// Rule (off by default): the file should set the project name with a top-level `name` instead of relying on the directory name.
import { isScalar, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'require-project-name-field',
  title: 'Set the project name with a top-level name',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'require-project-name-field' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    let named = false;
    return {
      root(root) {
        if (root.items.some((pair) => isScalar(pair.key) && pair.key.value === 'name')) named = true;
      },
      end() {
        const first = model.roots.find((root) => root.items.length > 0)?.items[0]?.key as Node | null | undefined;
        if (named || !first) return;
        context.report({
          range: model.rangeOf(first),
          message: 'This file sets no top-level "name", so the project (and its container, network and volume names) is named after whatever directory it is run from. Add `name: <project>` to keep those names stable.',
        });
      },
    };
  },
});
