// Rule: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; earlier ones are dead code.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

const SINGLE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-overridden-instruction',
  title: 'Write CMD, ENTRYPOINT and HEALTHCHECK once per stage',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [
    { tool: 'buildkit', id: 'MultipleInstructionsDisallowed' },
    { tool: 'hadolint', id: 'DL4003' },
    { tool: 'hadolint', id: 'DL4004' },
  ],
  fixable: false,
  create(context) {
    let current: Stage | undefined;
    let last = new Map<string, Instruction>();
    return {
      instruction(instruction, stage) {
        if (stage !== current) {
          current = stage;
          last = new Map();
        }
        const keyword = instruction.getKeyword();
        if (!stage || !SINGLE.has(keyword)) return;
        const earlier = last.get(keyword);
        last.set(keyword, instruction);
        if (!earlier) return;
        context.report({
          range: earlier.getInstructionRange(),
          message: `This ${keyword} has no effect: the ${keyword} on line ${instruction.getRange().start.line + 1} replaces it. Keep only the last one.`,
        });
      },
    };
  },
});
