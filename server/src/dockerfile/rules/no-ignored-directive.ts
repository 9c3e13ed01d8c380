// Rule: a `# syntax=`, `# escape=` or `# check=` line below the header is a plain comment; say so, since it looks like it works.
import { defineRule } from '../../rules/defineRule';
import { directiveOnLine } from '../directives';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

// Only lines that could be one of the three directives; found with one pass over the text.
const CANDIDATE = /^[ \t]*#[ \t]*(?:syntax|escape|check)[ \t]*=/gim;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-ignored-directive',
  title: 'Put parser directives at the very top',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      end() {
        const { document, heredocLines, instructions } = context.model;
        const headerEnd = context.model.directiveHeader.end;
        const lastInstructionLine = instructions.length === 0 ? -1 : instructions[instructions.length - 1]!.getRange().end.line;
        const text = document.getText();
        for (const match of text.matchAll(CANDIDATE)) {
          const line = document.positionAt(match.index).line;
          if (line < headerEnd || heredocLines.has(line)) continue;
          const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
          const directive = directiveOnLine(lineText, line);
          if (!directive) continue;
          // BuildKit reads a `# check=` comment above an instruction as that instruction's own check setting.
          if (directive.name === 'check' && line < lastInstructionLine) continue;
          context.report({
            range: { start: { line, character: lineText.indexOf('#') }, end: directive.valueRange.end },
            message: `This ${directive.name} directive is ignored: BuildKit reads directives only in the lines at the very top, before any blank line, other comment or instruction, and treats this one as a plain comment. Move it up there.`,
          });
        }
      },
    };
  },
});
