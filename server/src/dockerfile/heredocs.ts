// Heredoc awareness over dockerfile-ast: which lines are heredoc bodies, and which arguments come before them.
import type { Argument, Heredoc, Instruction } from 'dockerfile-ast';

/** BuildKit reads heredocs only in these instructions; elsewhere `<<EOF` is plain text. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/** The heredocs of an instruction, in order; dockerfile-ast keeps the accessor protected on the base class. */
export function heredocsOf(instruction: Instruction): Heredoc[] {
  if (!HEREDOC_KEYWORDS.has(instruction.getKeyword())) return [];
  const getter = (instruction as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs;
  return typeof getter === 'function' ? getter.call(instruction) : [];
}

/** Zero-based lines that belong to heredoc bodies or their closing delimiters, never to instructions. */
export function heredocLines(views: readonly { node: Instruction; heredocs: readonly Heredoc[] }[]): Set<number> {
  const lines = new Set<number>();
  for (const { node: instruction, heredocs } of views) {
    for (const heredoc of heredocs) {
      const first = heredoc.getStartRange().end.line + 1;
      const last = heredoc.getDelimiterRange()?.end.line ?? heredoc.getContentRange()?.end.line ?? instruction.getRange().end.line;
      for (let line = first; line <= last; line++) lines.add(line);
    }
  }
  return lines;
}

/** The arguments written on the instruction's own lines: heredoc body words are data, not arguments. */
export function instructionArguments(instruction: Instruction): Argument[] {
  const args = instruction.getArguments();
  const heredocs = heredocsOf(instruction);
  if (heredocs.length === 0) return args;
  const bodyStart = heredocs[0]!.getStartRange().end.line + 1;
  return args.filter((arg) => arg.getRange().start.line < bodyStart);
}
