// The single pass over a Dockerfile model: fires each instruction at the rules that subscribed to its keyword.
import type { Cmd, Entrypoint, From, Instruction } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from './model';

/** Events a Dockerfile rule can subscribe to. Keyword handlers get the typed dockerfile-ast node. */
export interface DockerfileVisitor {
  instruction?(instruction: Instruction, stage: Stage | undefined): void;
  FROM?(from: From, stage: Stage): void;
  CMD?(cmd: Cmd, stage: Stage | undefined): void;
  ENTRYPOINT?(entrypoint: Entrypoint, stage: Stage | undefined): void;
  MAINTAINER?(instruction: Instruction, stage: Stage | undefined): void;
  end?(): void;
}

type KeywordEvent = 'FROM' | 'CMD' | 'ENTRYPOINT' | 'MAINTAINER';
const KEYWORD_EVENTS = new Set<string>(['FROM', 'CMD', 'ENTRYPOINT', 'MAINTAINER']);

export function walkDockerfile(model: DockerfileModel, visitors: DockerfileVisitor[]): void {
  let stageIndex = -1;
  for (const instruction of model.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') stageIndex++;
    const stage = model.stages[stageIndex];
    for (const visitor of visitors) {
      visitor.instruction?.(instruction, stage);
      if (KEYWORD_EVENTS.has(keyword)) {
        const handler = visitor[keyword as KeywordEvent] as ((node: Instruction, stage: Stage | undefined) => void) | undefined;
        handler?.call(visitor, instruction, stage);
      }
    }
  }
  for (const visitor of visitors) visitor.end?.();
}
