// Rule: a line continued by a stray escape character swallows the next instruction, which then never runs on its own.
import { defineRule } from '../../rules/defineRule';
import { KNOWN_INSTRUCTION_SET } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** An unindented, upper-case instruction keyword: how a new instruction is written, never how a continued one goes on. */
const INSTRUCTION_START = /^([A-Z]+)(?:\s|$)/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-swallowed-instruction',
  title: 'Do not let a trailing escape character swallow the next instruction',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [],
  fixable: true,
  create(context) {
    const { document, heredocLines, escape } = context.model;
    const lineText = (line: number) => document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
    return {
      instruction(instruction) {
        const { start, end } = instruction.getRange();
        let continued: { line: number; text: string } | undefined;
        for (let line = start.line; line <= end.line; line++) {
          // Heredoc bodies are data: an upper-case word at the start of one of their lines is content.
          if (heredocLines.has(line)) return;
          const text = lineText(line);
          if (continued) {
            // Comment and blank lines inside a continuation are skipped by the parser, so look past them.
            if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
            const keyword = INSTRUCTION_START.exec(text)?.[1];
            if (keyword && KNOWN_INSTRUCTION_SET.has(keyword)) return report(continued, keyword, line);
          }
          const trimmed = text.trimEnd();
          continued = trimmed.endsWith(escape) ? { line, text: trimmed } : undefined;
        }
      },
    };

    function report(continued: { line: number; text: string }, keyword: string, swallowedLine: number) {
      const at = continued.text.length - 1;
      // `.\` or `C:\app\` at the end of a line: a Windows path whose last separator is read as the escape character.
      const windowsPath = escape === '\\' && /[\w.:-]\\$/.test(continued.text) && !/\s\\$/.test(continued.text);
      context.report({
        range: { start: { line: continued.line, character: at }, end: { line: continued.line, character: at + 1 } },
        message:
          `This "${escape}" at the end of the line continues the instruction, so the ${keyword} on line ${swallowedLine + 1} becomes part of it instead of running on its own.` +
          (windowsPath
            ? ' Here it ends a Windows path: write the path with "/" or start the file with "# escape=`" so that the backslash is a plain character.'
            : ` Remove the "${escape}" if the instruction should end on this line.`),
        // A stray escape after a word is removed with the blanks before it; a path's last separator is left to the author.
        fix: windowsPath
          ? undefined
          : () => ({
              title: `Remove the trailing "${escape}"`,
              edits: [{ range: { start: { line: continued.line, character: continued.text.slice(0, -1).trimEnd().length }, end: { line: continued.line, character: lineText(continued.line).length } }, newText: '' }],
              safe: false,
            }),
      });
    }
  },
});
