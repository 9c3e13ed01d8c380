// The single pass over a Dockerfile model: fires each instruction at the rules that subscribed to its keyword.
import type { Add, Arg, Cmd, Copy, Entrypoint, Env, From, Healthcheck, Instruction, Label, Run } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from './model';

/**
 * Events a Dockerfile rule can subscribe to. Keyword handlers get the typed dockerfile-ast node; `stage` is undefined
 * before the first FROM. EXPOSE, WORKDIR and the like come as plain instructions because dockerfile-ast has no richer type
 * for them in every case (an EXPOSE without arguments, for one).
 */
export interface DockerfileVisitor {
  instruction?(instruction: Instruction, stage: Stage | undefined): void;
  FROM?(from: From, stage: Stage): void;
  CMD?(cmd: Cmd, stage: Stage | undefined): void;
  ENTRYPOINT?(entrypoint: Entrypoint, stage: Stage | undefined): void;
  MAINTAINER?(instruction: Instruction, stage: Stage | undefined): void;
  RUN?(run: Run, stage: Stage | undefined): void;
  COPY?(copy: Copy, stage: Stage | undefined): void;
  ADD?(add: Add, stage: Stage | undefined): void;
  ARG?(arg: Arg, stage: Stage | undefined): void;
  ENV?(env: Env, stage: Stage | undefined): void;
  LABEL?(label: Label, stage: Stage | undefined): void;
  HEALTHCHECK?(healthcheck: Healthcheck, stage: Stage | undefined): void;
  EXPOSE?(instruction: Instruction, stage: Stage | undefined): void;
  WORKDIR?(instruction: Instruction, stage: Stage | undefined): void;
  end?(): void;
}

type KeywordEvent = 'FROM' | 'CMD' | 'ENTRYPOINT' | 'MAINTAINER' | 'RUN' | 'COPY' | 'ADD' | 'ARG' | 'ENV' | 'LABEL' | 'HEALTHCHECK' | 'EXPOSE' | 'WORKDIR';
const KEYWORD_EVENTS = new Set<string>(['FROM', 'CMD', 'ENTRYPOINT', 'MAINTAINER', 'RUN', 'COPY', 'ADD', 'ARG', 'ENV', 'LABEL', 'HEALTHCHECK', 'EXPOSE', 'WORKDIR']);

export function walkDockerfile(model: DockerfileModel, visitors: DockerfileVisitor[]): void {
  let stageIndex = -1;
  for (const instruction of model.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') stageIndex++;
    const stage = model.stages[stageIndex];
    const event = KEYWORD_EVENTS.has(keyword) ? (keyword as KeywordEvent) : undefined;
    for (const visitor of visitors) {
      visitor.instruction?.(instruction, stage);
      if (event) {
        const handler = visitor[event] as ((node: Instruction, stage: Stage | undefined) => void) | undefined;
        handler?.call(visitor, instruction, stage);
      }
    }
  }
  for (const visitor of visitors) visitor.end?.();
}
