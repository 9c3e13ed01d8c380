// Plugs the Dockerfile model, rules, suppression comments and hover topics into the language service.
import type { LanguageEngine } from '../service/engine';
import { buildDockerfileModel, firstInstructionAfter, MAX_PARSED_LINE, type DockerfileModel } from './model';
import { dockerfileRules } from './rules';
import { walkDockerfile, type DockerfileVisitor } from './walker';

function contains(range: { start: { line: number; character: number }; end: { line: number; character: number } }, line: number, character: number): boolean {
  if (line < range.start.line || line > range.end.line) return false;
  if (line === range.start.line && character < range.start.character) return false;
  if (line === range.end.line && character > range.end.character) return false;
  return true;
}

export const dockerfileEngine: LanguageEngine<DockerfileModel, DockerfileVisitor> = {
  build: (document, context) => buildDockerfileModel(document, context),
  rules: dockerfileRules,
  walk: walkDockerfile,
  comments: (model) => model.comments,
  nextStatement: (model) => (line) => {
    const next = model.instructions[firstInstructionAfter(model, line)];
    return next ? { start: next.getRange().start.line, end: next.getRange().end.line } : undefined;
  },
  isDirective: (model, line) => line < model.directiveEnd,
  // Above the instruction that holds the line; never inside a heredoc body or a continuation.
  suppressionAnchor: (model, line) => model.instructions.find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line)?.getRange().start.line,
  notices: (model) =>
    model.truncatedLines.map((line) => ({
      ruleId: 'readable-text',
      severity: 'info' as const,
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      message: `Line ${line + 1} is longer than ${MAX_PARSED_LINE} characters; Container Coach checked only its first ${MAX_PARSED_LINE}.`,
    })),
  topicAt(model, position) {
    // Only the last instruction starting on or before the line can hold the position: keywords never span lines in practice,
    // but an escaped keyword can, so the search steps back while earlier instructions still reach the line.
    for (let i = firstInstructionAfter(model, position.line) - 1; i >= 0; i--) {
      const instruction = model.instructions[i]!;
      const range = instruction.getInstructionRange();
      if (contains(range, position.line, position.character)) return { topic: `instruction:${instruction.getKeyword()}`, range };
      if (instruction.getRange().end.line < position.line) break;
    }
    return undefined;
  },
};
