// Rule: instruction keywords should all be upper case or all lower case; the file's majority decides which.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { KNOWN_INSTRUCTION_SET } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'consistent-instruction-casing',
  title: 'Case instruction keywords consistently',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'ConsistentInstructionCasing' }],
  fixable: true,
  create(context) {
    const keywords: Instruction[] = [];
    return {
      instruction(instruction) {
        if (KNOWN_INSTRUCTION_SET.has(instruction.getKeyword())) keywords.push(instruction);
      },
      end() {
        let upper = 0;
        let lower = 0;
        for (const instruction of keywords) {
          const written = instruction.getInstruction();
          if (written === written.toUpperCase()) upper++;
          else if (written === written.toLowerCase()) lower++;
        }
        // Ties go to upper case, the convention of Docker's own documentation.
        const wantUpper = upper >= lower;
        for (const instruction of keywords) {
          const written = instruction.getInstruction();
          const want = wantUpper ? written.toUpperCase() : written.toLowerCase();
          if (written === want) continue;
          const range = instruction.getInstructionRange();
          context.report({
            range,
            message: `"${written}" is cased differently from the rest of the file; write "${want}".`,
            fix: () => ({ title: `Write ${want}`, edits: [{ range, newText: want }], safe: true }),
          });
        }
      },
    };
  },
});
