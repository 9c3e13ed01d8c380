// Rule: each parser directive may appear once; a second syntax, escape or check line in the header makes the build fail.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-duplicate-directive',
  title: 'Give each parser directive once',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      end() {
        const { directives, repeated } = context.model.directiveHeader;
        for (const directive of repeated) {
          const first = directives.find((d) => d.name === directive.name)!;
          context.report({
            range: { start: { line: directive.line, character: 0 }, end: directive.valueRange.end },
            message: `The ${directive.name} directive is already set on line ${first.line + 1}; docker build stops with "only one ${directive.name} parser directive can be used". Keep one of them.`,
          });
        }
      },
    };
  },
});
