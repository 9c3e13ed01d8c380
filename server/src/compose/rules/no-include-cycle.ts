// Rule: includes must not loop back to a file that is still being loaded, or Compose refuses the project.
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { displayPath } from '../project/paths';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-include-cycle',
  title: 'Includes must not form a cycle',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      end() {
        for (const cycle of model.project.includeCycles) {
          const chain = cycle.chain.map((uri) => displayPath(model.document.uri, uri)).join(' → ');
          context.report({
            range: model.rangeOf(cycle.node),
            message: `Including "${cycle.node.value}" leads to an include cycle (${chain}): docker compose refuses the project with "include cycle detected". Remove the include that points back.`,
          });
        }
      },
    };
  },
});
