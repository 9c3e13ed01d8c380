// Rule: every instruction keyword must be one BuildKit knows; a typo such as RUNN stops the build at parse time.
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import { KNOWN_INSTRUCTIONS, KNOWN_INSTRUCTION_SET } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-unknown-instruction',
  title: 'Use only instructions that Docker knows',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: true,
  create(context) {
    return {
      instruction(instruction) {
        const keyword = instruction.getKeyword();
        if (KNOWN_INSTRUCTION_SET.has(keyword)) return;
        // dockerfile-ast already keeps heredoc bodies inside their instruction; this guards against any line it might miss.
        const range = instruction.getInstructionRange();
        if (context.model.heredocLines.has(range.start.line)) return;
        const suggestion = closestMatch(keyword, KNOWN_INSTRUCTIONS);
        const written = instruction.getInstruction();
        context.report({
          range,
          message: suggestion
            ? `Unknown instruction "${written}": did you mean ${suggestion}? docker build stops at this line.`
            : `Unknown instruction "${written}": docker build stops at this line. Instructions are words such as RUN, COPY or ENV.`,
          fix: suggestion
            ? () => ({ title: `Change to ${suggestion}`, edits: [{ range, newText: written === written.toLowerCase() ? suggestion.toLowerCase() : suggestion }], safe: true })
            : undefined,
        });
      },
    };
  },
});
