// Rule: only ARG (and comments or directives) may come before the first FROM; anything else has no stage to run in.
import { defineRule } from '../../rules/defineRule';
import { KNOWN_INSTRUCTION_SET } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-instruction-before-from',
  title: 'Start the build with FROM',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3061' }],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    return {
      instruction(instruction, stage) {
        // In a file without any FROM, every instruction sits in the implicit stage, and all but ARG still lack a real one.
        if (stage && !stage.implicit) return;
        const keyword = instruction.getKeyword();
        // Unknown keywords are no-unknown-instruction's to report; one problem per line is enough.
        if (keyword === 'ARG' || keyword === 'FROM' || !KNOWN_INSTRUCTION_SET.has(keyword)) return;
        context.report({
          range: instruction.getInstructionRange(),
          message: `${instruction.getInstruction()} comes before the first FROM, so there is no stage for it to run in and docker build fails. Only ARG may precede FROM.`,
        });
      },
    };
  },
});
