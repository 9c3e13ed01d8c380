// Rule: each instruction must have the arguments BuildKit requires (FROM an image, COPY a source and a destination…).
import type { Instruction, JSONInstruction, Property } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { Range } from '../../service/types';
import type { DockerfileModel } from '../model';
import type { InstructionView } from '../view';
import type { DockerfileVisitor } from '../walker';

/** Instructions that need at least one argument; RUN, CMD and ENTRYPOINT are left out because an empty one is not always rejected. */
const NEEDS_ONE = new Set(['ARG', 'ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'WORKDIR', 'USER', 'STOPSIGNAL', 'MAINTAINER', 'ONBUILD', 'SHELL', 'HEALTHCHECK']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'required-arguments',
  title: 'Give each instruction the arguments it requires',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    const report = (range: Range, message: string) => context.report({ range, message });
    return {
      instruction(instruction, _stage, view) {
        const keyword = view.keyword;
        const args = argumentsOf(instruction, view);
        const where = instruction.getInstructionRange();
        if (keyword === 'FROM') {
          if (args.length === 0) report(where, 'FROM needs an image to start from, such as "FROM debian:12-slim" or "FROM scratch".');
          else if (args.length === 2 || args.length > 3 || (args.length === 3 && args[1]!.toLowerCase() !== 'as')) {
            report(instruction.getArgumentsRange() ?? where, 'FROM takes an image and optionally "AS <name>"; anything else here makes docker build fail.');
          }
        } else if (keyword === 'COPY' || keyword === 'ADD') {
          if (args.length < 2) report(args.length === 0 ? where : instruction.getArgumentsRange() ?? where, `${keyword} needs at least one source and a destination, e.g. "${keyword} package.json /app/".`);
        } else if (NEEDS_ONE.has(keyword) && args.length === 0) {
          report(where, `${instruction.getInstruction()} needs an argument; docker build rejects it empty.`);
        } else if (keyword === 'ENV' || keyword === 'LABEL') {
          const bare = bareKey(instruction);
          if (bare) report(bare.getNameRange(), `${keyword} ${bare.getName()} has no value: write ${bare.getName()}=<value>.`);
        } else if (keyword === 'HEALTHCHECK') {
          checkHealthcheck(instruction, view, args, report);
        }
      },
    };
  },
});

/** Argument words, reading the JSON form as its strings and leaving heredoc bodies out. */
function argumentsOf(instruction: Instruction, view: InstructionView): string[] {
  const json = instruction as JSONInstruction;
  if (typeof json.getOpeningBracket === 'function' && json.getOpeningBracket() !== null && json.getClosingBracket() !== null) {
    return json.getJSONStrings().map((s) => s.getValue());
  }
  return view.ownArgs.map((arg) => arg.getValue());
}

/** A lone `ENV key` or `LABEL key` without a value, which BuildKit rejects. */
function bareKey(instruction: Instruction): Property | undefined {
  const properties = (instruction as unknown as { getProperties?: () => Property[] }).getProperties?.() ?? [];
  if (properties.length !== 1) return undefined;
  const [property] = properties;
  return property!.getValue() === null && property!.getAssignmentOperator() === null ? property : undefined;
}

function checkHealthcheck(instruction: Instruction, view: InstructionView, args: string[], report: (range: Range, message: string) => void): void {
  const first = view.ownArgs[0];
  if (!first) return;
  const sub = first.getValue().toUpperCase();
  if (sub === 'NONE' && args.length > 1) report(instruction.getArgumentsRange() ?? first.getRange(), 'HEALTHCHECK NONE takes no further arguments.');
  else if (sub === 'CMD' && args.length === 1) report(first.getRange(), 'HEALTHCHECK CMD needs a command to run.');
  else if (sub !== 'CMD' && sub !== 'NONE') report(first.getRange(), `HEALTHCHECK must be followed by CMD or NONE, not "${first.getValue()}".`);
}
