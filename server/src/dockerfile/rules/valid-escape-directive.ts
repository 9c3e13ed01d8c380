// Rule: the escape directive only takes a backslash or a backtick; anything else makes the build fail before it starts.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-escape-directive',
  title: 'Use \\ or ` as the escape character',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      end() {
        for (const directive of context.model.directiveHeader.directives) {
          if (directive.name !== 'escape' || directive.value === '\\' || directive.value === '`') continue;
          context.report({
            range: directive.valueRange,
            message: `"${directive.value}" is not an escape character docker build accepts: use \\ (the default) or \` (common on Windows, where \\ separates paths).`,
          });
        }
      },
    };
  },
});
