// The Dockerfile model over dockerfile-ast: built once per document version and shared by every rule and request.
import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentLine } from '../rules/suppression';

/** One build stage: its FROM, its optional name, and the instructions that follow it. */
export interface Stage {
  index: number;
  from: From;
  /** The `AS name` of the stage, lower-cased as BuildKit compares them; undefined when unnamed. */
  name?: string;
  instructions: Instruction[];
}

export interface DockerfileModel {
  document: TextDocument;
  ast: Dockerfile;
  /** Every instruction in file order, including those before the first FROM. */
  instructions: Instruction[];
  stages: Stage[];
  comments: CommentLine[];
  /** Lines [0, directiveEnd) hold parser directives such as `# syntax=` and `# check=`. */
  directiveEnd: number;
}

export function buildDockerfileModel(document: TextDocument): DockerfileModel {
  const ast = DockerfileParser.parse(document.getText());
  const instructions = ast.getInstructions();
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      stages.push({ index: stages.length, from, name: from.getBuildStage()?.toLowerCase() ?? undefined, instructions: [] });
    }
    stages[stages.length - 1]?.instructions.push(instruction);
  }
  const comments = ast.getComments().map((comment) => ({
    line: comment.getRange().start.line,
    text: comment.getContent(),
    trailing: false,
  }));
  const directives = ast.getDirectives();
  const directiveEnd = directives.length === 0 ? 0 : directives[directives.length - 1]!.getRange().end.line + 1;
  // dockerfile-ast reads any `# key=value` line in the header as a directive (even `# hadolint global ignore=…`),
  // so suppression reads those lines' raw text like any other comment.
  for (const directive of directives) {
    const line = directive.getRange().start.line;
    const raw = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    comments.push({ line, text: raw.slice(raw.indexOf('#') + 1).replace(/\r?\n$/, ''), trailing: false });
  }
  return { document, ast, instructions, stages, comments, directiveEnd };
}

/** The stage that contains an instruction, found by its line. */
export function stageOf(model: DockerfileModel, instruction: Instruction): Stage | undefined {
  const line = instruction.getRange().start.line;
  let found: Stage | undefined;
  for (const stage of model.stages) {
    if (stage.from.getRange().start.line <= line) found = stage;
    else break;
  }
  return found;
}
