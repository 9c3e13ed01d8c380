// The single pass over a Dockerfile model: fires each instruction at the rules that subscribed to its keyword.
import type { Add, Arg, Cmd, Copy, Entrypoint, Env, From, Healthcheck, Instruction, Label, Run } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from './model';
import type { InstructionView } from './view';

/**
 * Events a Dockerfile rule can subscribe to. Keyword handlers get the typed dockerfile-ast node; `stage` is undefined
 * before the first FROM (in a file without FROM, every instruction gets the implicit stage). EXPOSE, WORKDIR and the like come as plain instructions because dockerfile-ast has no richer type
 * for them in every case (an EXPOSE without arguments, for one). Every handler also gets the instruction's cached view.
 */
export interface DockerfileVisitor {
  instruction?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  FROM?(from: From, stage: Stage, view: InstructionView): void;
  CMD?(cmd: Cmd, stage: Stage | undefined, view: InstructionView): void;
  ENTRYPOINT?(entrypoint: Entrypoint, stage: Stage | undefined, view: InstructionView): void;
  MAINTAINER?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  RUN?(run: Run, stage: Stage | undefined, view: InstructionView): void;
  COPY?(copy: Copy, stage: Stage | undefined, view: InstructionView): void;
  ADD?(add: Add, stage: Stage | undefined, view: InstructionView): void;
  ARG?(arg: Arg, stage: Stage | undefined, view: InstructionView): void;
  ENV?(env: Env, stage: Stage | undefined, view: InstructionView): void;
  LABEL?(label: Label, stage: Stage | undefined, view: InstructionView): void;
  HEALTHCHECK?(healthcheck: Healthcheck, stage: Stage | undefined, view: InstructionView): void;
  EXPOSE?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  WORKDIR?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  STOPSIGNAL?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  SHELL?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  ONBUILD?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  USER?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  VOLUME?(instruction: Instruction, stage: Stage | undefined, view: InstructionView): void;
  end?(): void;
}

const KEYWORD_EVENTS = ['FROM', 'CMD', 'ENTRYPOINT', 'MAINTAINER', 'RUN', 'COPY', 'ADD', 'ARG', 'ENV', 'LABEL', 'HEALTHCHECK', 'EXPOSE', 'WORKDIR', 'STOPSIGNAL', 'SHELL', 'ONBUILD', 'USER', 'VOLUME'] as const;

type Handler = (node: Instruction, stage: Stage | undefined, view: InstructionView) => void;

export function walkDockerfile(model: DockerfileModel, visitors: DockerfileVisitor[]): void {
  // Subscribers are listed once per event, so each instruction costs only the calls that someone asked for.
  const everyInstruction: Handler[] = [];
  const byKeyword = new Map<string, Handler[]>(KEYWORD_EVENTS.map((event) => [event, []]));
  for (const visitor of visitors) {
    if (visitor.instruction) everyInstruction.push(visitor.instruction.bind(visitor) as Handler);
    for (const event of KEYWORD_EVENTS) {
      const handler = visitor[event] as Handler | undefined;
      if (handler) byKeyword.get(event)!.push(handler.bind(visitor));
    }
  }
  const { instructions, views, stages } = model;
  // A file without FROM is one implicit stage from its first instruction on.
  let stageIndex = stages[0]?.implicit ? 0 : -1;
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i]!;
    const view = views[i]!;
    if (view.keyword === 'FROM') stageIndex++;
    const stage = stages[stageIndex];
    // A rule's `instruction` handler runs before its keyword handler; rules share no state, so their relative order is free.
    for (const handler of everyInstruction) handler(instruction, stage, view);
    const keywordHandlers = byKeyword.get(view.keyword);
    if (keywordHandlers) for (const handler of keywordHandlers) handler(instruction, stage, view);
  }
  for (const visitor of visitors) visitor.end?.();
}
