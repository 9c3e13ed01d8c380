// The Dockerfile model over dockerfile-ast: built once per document version and shared by every rule and request.
import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentLine } from '../rules/suppression';
import { noFiles, siblingUri, type BuildContext } from '../service/files';
import { readDirectiveHeader, type DirectiveHeader } from './directives';
import { DockerIgnore } from './dockerignore';
import { readFrontend, type Frontend } from './frontend';
import { heredocLines } from './heredocs';
import { buildStageGraph, type StageGraph } from './stageGraph';
import { analyzeVariables, type Variables } from './variables';
import { InstructionView, memoizeInstruction } from './view';

/**
 * One build stage: its FROM, its optional name, and the instructions that follow it. A file without any FROM (a
 * fragment, which docker build rejects) is read as one implicit stage on an unknown base, so the rules still judge
 * its instructions; that stage has no FROM and its instructions are the whole file. With a FROM anywhere in the file,
 * the instructions before the first one belong to no stage.
 */
export type Stage = StageParts & ({ from: From; implicit?: undefined } | { from?: undefined; implicit: true });

interface StageParts {
  index: number;
  /** The `AS name` of the stage, lower-cased as BuildKit compares them; undefined when unnamed. */
  name?: string;
  instructions: Instruction[];
}

/** Longer lines are cut for parsing: dockerfile-ast slows down badly on multi-megabyte lines, and no real line is this long. */
export const MAX_PARSED_LINE = 64 * 1024;

export interface DockerfileModel {
  document: TextDocument;
  /** Zero-based lines that were longer than MAX_PARSED_LINE; only their start was parsed. */
  truncatedLines: number[];
  ast: Dockerfile;
  /** Every instruction in file order, including those before the first FROM. */
  instructions: Instruction[];
  /** The cached view of each instruction, parallel to `instructions`. */
  views: InstructionView[];
  /** The cached view of an instruction of this model. */
  viewOf(instruction: Instruction): InstructionView;
  stages: Stage[];
  comments: CommentLine[];
  /** Lines [0, directiveEnd) hold parser directives such as `# syntax=` and `# check=`. */
  directiveEnd: number;
  /** The frontend named by `# syntax=`, which decides which flags exist. */
  frontend: Frontend;
  /** Zero-based lines inside heredoc bodies (and their closing delimiters): data, never instructions. */
  heredocLines: Set<number>;
  /** The escape character: a backslash unless `# escape=` chose the backtick. */
  escape: string;
  /** Every variable the Dockerfile itself expands, resolved per stage; computed on first use. */
  readonly variables: Variables;
  /** The final stage and the stages that reach it through FROM, COPY --from and RUN --mount=from=; computed on first use. */
  readonly graph: StageGraph;
  /** The parser directives exactly as BuildKit reads them (the header ends at the first other line). */
  readonly directiveHeader: DirectiveHeader;
  /**
   * The ignore file beside the Dockerfile: `<name>.dockerignore` wins over `.dockerignore`; undefined when there is none
   * or the document is not a file. Read on first use.
   */
  readonly dockerignore: { uri: string; matcher: DockerIgnore } | undefined;
}

export function buildDockerfileModel(document: TextDocument, context: BuildContext = { fileName: 'Dockerfile', files: noFiles }): DockerfileModel {
  const { text, truncatedLines } = boundLines(document.getText());
  const ast = DockerfileParser.parse(text);
  const instructions = ast.getInstructions();
  // The lines that hold `<<`, found in one pass over the text: an instruction off these lines has no heredoc, and
  // asking the view to look would copy its whole text just to search it.
  const markerLines = linesHolding(text, '<<');
  const mayHoldHeredoc = (view: InstructionView) => {
    const { start, end } = view.range;
    const first = lowerBound(markerLines, start.line);
    return first < markerLines.length && markerLines[first]! <= end.line;
  };
  const views: InstructionView[] = [];
  const viewByNode = new Map<Instruction, InstructionView>();
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    memoizeInstruction(instruction);
    const view = new InstructionView(instruction, views.length, mayHoldHeredoc);
    views.push(view);
    viewByNode.set(instruction, view);
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      stages.push({ index: stages.length, from, name: from.getBuildStage()?.toLowerCase() ?? undefined, instructions: [] });
    }
    stages[stages.length - 1]?.instructions.push(instruction);
  }
  if (stages.length === 0 && instructions.length > 0) stages.push({ index: 0, implicit: true, instructions: [...instructions] });
  const comments: CommentLine[] = ast.getComments().map((comment) => {
    const line = comment.getRange().start.line;
    // BuildKit drops a comment met between an instruction's continuation lines: it leads no instruction.
    return { line, text: comment.getContent(), trailing: false, ...(insideInstruction(instructions, line) ? { continued: true } : {}) };
  });
  const directives = ast.getDirectives();
  // BuildKit's header, not dockerfile-ast's list, decides which `# check=` lines are file-wide and which frontend applies.
  const header = readDirectiveHeader(document.getText());
  const directiveEnd = header.end;
  // dockerfile-ast reads any `# key=value` line in the header as a directive (even `# hadolint global ignore=…`),
  // so suppression reads those lines' raw text like any other comment.
  for (const directive of directives) {
    const line = directive.getRange().start.line;
    const raw = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    comments.push({ line, text: raw.slice(raw.indexOf('#') + 1).replace(/\r?\n$/, ''), trailing: false });
  }
  const viewOf = (instruction: Instruction) => viewByNode.get(instruction) ?? new InstructionView(instruction, -1);
  const model = {
    document, truncatedLines, ast, instructions, views, viewOf, stages, comments, directiveEnd,
    frontend: readFrontend(header),
    heredocLines: heredocLines(views),
    escape: ast.getEscapeCharacter(),
  };
  // Analyses that only some rules need are computed on first use and kept with the model.
  let variables: Variables | undefined;
  let graph: StageGraph | undefined;
  let ignore: DockerfileModel['dockerignore'] | null = null;
  const full = Object.defineProperties(model, {
    directiveHeader: { value: header, enumerable: true },
    dockerignore: { get: () => (ignore === null ? (ignore = readDockerignore(document.uri, context)) : ignore), enumerable: true },
    variables: { get: () => (variables ??= analyzeVariables(model)), enumerable: true },
    // Base names are read with the ARG defaults, so `FROM ${STAGE}` links to the stage its default names.
    graph: { get: () => (graph ??= buildStageGraph(stages, viewOf, full.variables.fromImages.map((image) => image?.value))), enumerable: true },
  }) as DockerfileModel;
  return full;
}

/** True when the line lies after an instruction's first line and within its range. */
function insideInstruction(instructions: Instruction[], line: number): boolean {
  let low = 0;
  let high = instructions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (instructions[middle]!.getRange().start.line < line) low = middle + 1;
    else high = middle;
  }
  return low > 0 && instructions[low - 1]!.getRange().end.line >= line;
}

/** Zero-based numbers of the lines that contain `needle`, ascending. */
function linesHolding(text: string, needle: string): number[] {
  const lines: number[] = [];
  let line = 0;
  let counted = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** Index of the first entry not below `value` in an ascending array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads `<Dockerfile name>.dockerignore`, else `.dockerignore`, from the Dockerfile's folder. */
function readDockerignore(documentUri: string, context: BuildContext): DockerfileModel['dockerignore'] {
  if (!documentUri.startsWith('file:')) return undefined;
  for (const name of [`${context.fileName}.dockerignore`, '.dockerignore']) {
    const uri = siblingUri(documentUri, encodeURIComponent(name));
    const text = context.files.readText(uri);
    if (text !== undefined) return { uri, matcher: new DockerIgnore(text) };
  }
  return undefined;
}

/** Cuts over-long lines, keeping every line's start and the line count, so all positions stay exact. */
function boundLines(text: string): { text: string; truncatedLines: number[] } {
  const truncatedLines: number[] = [];
  if (text.length <= MAX_PARSED_LINE) return { text, truncatedLines };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > MAX_PARSED_LINE) {
      lines[i] = lines[i]!.slice(0, MAX_PARSED_LINE);
      truncatedLines.push(i);
    }
  }
  return truncatedLines.length === 0 ? { text, truncatedLines } : { text: lines.join('\n'), truncatedLines };
}

/** Index of the first instruction that starts after `line` (instructions.length when none): a binary search, for hover at any size. */
export function firstInstructionAfter(model: DockerfileModel, line: number): number {
  let low = 0;
  let high = model.instructions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (model.instructions[middle]!.getRange().start.line > line) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The stage that contains an instruction, found by its line. */
export function stageOf(model: DockerfileModel, instruction: Instruction): Stage | undefined {
  const line = instruction.getRange().start.line;
  let found: Stage | undefined;
  for (const stage of model.stages) {
    // The implicit stage is the only one and holds every instruction.
    if (stage.implicit || stage.from.getRange().start.line <= line) found = stage;
    else break;
  }
  return found;
}
