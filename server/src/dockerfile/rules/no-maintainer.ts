// Rule: MAINTAINER is deprecated; the author belongs in the standard OCI label.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-maintainer',
  title: 'Replace the deprecated MAINTAINER with a label',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [
    { tool: 'hadolint', id: 'DL4000' },
    { tool: 'buildkit', id: 'MaintainerDeprecated' },
  ],
  fixable: true,
  topic: 'instruction:MAINTAINER',
  create(context) {
    return {
      MAINTAINER(instruction) {
        context.report({
          range: instruction.getInstructionRange(),
          message: 'MAINTAINER is deprecated. Record the author as a label instead: LABEL org.opencontainers.image.authors="…".',
          fix: () => labelFix(instruction),
        });
      },
    };
  },
});

/** Rewrites the whole instruction as an OCI authors label, keeping the author text as written. */
function labelFix(instruction: Instruction): Fix | undefined {
  const author = instruction.getArgumentsContent()?.trim();
  const range = instruction.getRange();
  if (!author || range.start.line !== range.end.line) return undefined;
  const keyword = instruction.getInstruction();
  const label = keyword === keyword.toLowerCase() ? 'label' : 'LABEL';
  return {
    title: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors',
    edits: [{ range, newText: `${label} org.opencontainers.image.authors=${JSON.stringify(author)}` }],
    safe: true,
  };
}
