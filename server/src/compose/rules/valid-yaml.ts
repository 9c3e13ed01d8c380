// Rule: the file must be valid YAML without duplicate keys, or Compose refuses to load it.
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'valid-yaml',
  title: 'The file must be valid YAML',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    return {
      end() {
        for (const problem of context.model.syntaxProblems) {
          context.report({ range: problem.range, message: `YAML syntax error: ${problem.message}` });
        }
      },
    };
  },
});
