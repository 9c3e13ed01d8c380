// Rule: a FROM line sees only the ARGs declared before the first FROM (and BuildKit's platform ARGs); any other name is empty.
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-undefined-arg-in-from',
  title: 'Declare the ARGs a FROM line uses before the first FROM',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'UndefinedArgInFrom' }],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    return {
      end() {
        for (const use of context.model.variables.uses) {
          if (!use.inFrom || use.reason !== 'not-global') continue;
          const suggestion = closestMatch(use.name, use.visible());
          context.report({
            range: use.range,
            message: `FROM uses $${use.name}, which is not an ARG declared before the first FROM, so it expands to an empty string and --build-arg cannot set it.${suggestion ? ` Did you mean $${suggestion}?` : ` Add "ARG ${use.name}=<default>" above the first FROM.`}`,
          });
        }
      },
    };
  },
});
