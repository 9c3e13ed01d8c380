// Rule: the AS in `FROM image AS name` should be cased like its FROM, which BuildKit checks for readability.
import { defineRule } from '../../rules/defineRule';
import type { Range } from '../../service/types';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'from-as-casing',
  title: 'Case AS like FROM',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'FromAsCasing' }],
  fixable: true,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from) {
        const args = from.getArguments();
        if (args.length !== 3) return;
        const as = args[1]!;
        const word = as.getValue();
        if (word.toLowerCase() !== 'as') return;
        const keyword = from.getInstruction();
        // Mixed-case keywords are consistent-instruction-casing's business; here only all-upper and all-lower count.
        const want = keyword === keyword.toUpperCase() ? 'AS' : keyword === keyword.toLowerCase() ? 'as' : undefined;
        if (!want || word === want) return;
        const range: Range = as.getRange();
        context.report({
          range,
          message: `"${word}" does not match the casing of "${keyword}"; write "${keyword} … ${want} <name>".`,
          fix: () => ({ title: `Write ${want}`, edits: [{ range, newText: want }], safe: true }),
        });
      },
    };
  },
});
