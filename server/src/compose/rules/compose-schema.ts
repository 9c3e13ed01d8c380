// Rule: the file must match the Compose Specification's schema, or `docker compose config` rejects it.
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { validateComposeSchema } from '../schema';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'compose-schema',
  title: 'The file must follow the Compose Specification',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    return {
      end() {
        for (const problem of validateComposeSchema(context.model)) context.report(problem);
      },
    };
  },
});
