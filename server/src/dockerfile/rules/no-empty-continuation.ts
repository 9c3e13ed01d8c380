// Rule: a blank line inside a continued instruction is skipped today, but BuildKit warns that it will become an error.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-empty-continuation',
  title: 'No blank lines inside a continued instruction',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'NoEmptyContinuation' }],
  fixable: false,
  create(context) {
    const { document, heredocLines } = context.model;
    return {
      instruction(instruction) {
        const { start, end } = instruction.getRange();
        for (let line = start.line + 1; line <= end.line; line++) {
          // Blank lines in heredoc bodies are content, not continuation.
          if (heredocLines.has(line)) continue;
          const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
          if (text.trim() !== '') continue;
          // A blank last line only counts when the instruction really continues past it, as in a trailing `\` at the end of the file.
          if (line === end.line && line === document.lineCount - 1) continue;
          context.report({
            range: { start: { line, character: 0 }, end: { line, character: text.replace(/\r?\n$/, '').length } },
            message: 'This blank line sits inside a continued instruction. Remove it, or end the line above without "\\" if the instruction should stop there.',
          });
        }
      },
    };
  },
});
