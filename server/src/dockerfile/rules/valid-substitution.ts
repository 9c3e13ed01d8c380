// Rule: `${…}` substitutions must use a modifier BuildKit supports, and one the pinned `# syntax=` version already knows.
import { defineRule } from '../../rules/defineRule';
import { olderThan } from '../frontend';
import type { DockerfileModel } from '../model';
import { MODIFIER_SINCE } from '../substitution';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-substitution',
  title: 'Use only the ${…} modifiers BuildKit supports',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    return {
      end() {
        const { frontend, variables } = context.model;
        // A custom frontend expands words its own way.
        if (!frontend.official) return;
        for (const use of variables.uses) {
          // Heredoc bodies are often bash scripts (`${#list[@]}`); whether BuildKit rejects those there is not settled.
          if (use.inHeredoc) continue;
          if (use.invalid) {
            context.report({ range: use.range, message: `docker build rejects this substitution: ${use.invalid}. Supported forms are \${a:-b}, \${a:+b}, \${a:?msg}, \${a-b}, \${a+b}, \${a?msg}, \${a#p}, \${a##p}, \${a%p}, \${a%%p}, \${a/p/r} and \${a//p/r}.` });
            continue;
          }
          const needs = use.modifier === undefined ? undefined : MODIFIER_SINCE[use.modifier];
          if (needs && olderThan(frontend, needs)) {
            context.report({ range: use.range, message: `The \${${use.name}${use.modifier}…} form needs docker/dockerfile:${needs.join('.')} or newer; the version pinned by "# syntax=" rejects it.` });
          }
        }
      },
    };
  },
});
