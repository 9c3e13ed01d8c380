// What the shipped stage inherits that the stage graph does not say: the USER in effect and the external base at the root of its FROM chain.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from './model';

export interface FinalStageChain {
  /** The final stage first, then the earlier stages it builds on, nearest first. */
  stages: Stage[];
  /** The USER in effect when the image starts: the last one in the final stage, else in the nearest stage it builds on. */
  lastUser?: { instruction: Instruction; value: string; stage: Stage };
  /** The external image at the root of the chain as written (`node:22`, `$BASE`), or undefined without one (or without FROM). */
  baseImage?: string;
}

/** Walks the graph's `base` edges back from the final stage; the graph already resolved names, indexes and ARG defaults. */
export function finalStageChain(model: DockerfileModel): FinalStageChain | undefined {
  const { graph } = model;
  if (graph.final === undefined) return undefined;
  const baseOf = new Map<number, number>();
  for (const edge of graph.edges) if (edge.kind === 'base') baseOf.set(edge.from, edge.to);
  const stages: Stage[] = [];
  let lastUser: FinalStageChain['lastUser'];
  let baseImage: string | undefined;
  // Base edges always point at earlier stages, so the walk ends.
  for (let index: number | undefined = graph.final; index !== undefined; index = baseOf.get(index)) {
    const stage = model.stages[index]!;
    stages.push(stage);
    if (!lastUser) {
      for (let i = stage.instructions.length - 1; i >= 0; i--) {
        const instruction = stage.instructions[i]!;
        if (model.viewOf(instruction).keyword !== 'USER') continue;
        lastUser = { instruction, value: instruction.getArgumentsContent()?.trim() ?? '', stage };
        break;
      }
    }
    if (!baseOf.has(index)) baseImage = stage.from?.getImage() ?? undefined;
  }
  return { stages, ...(lastUser ? { lastUser } : {}), ...(baseImage !== undefined ? { baseImage } : {}) };
}

/** `root` or UID 0, with or without a group: the user a container runs as when nothing else is said. */
export function isRootUser(user: string): boolean {
  const name = user.replace(/^["']|["']$/g, '').split(':')[0]!.trim();
  return name === 'root' || /^0+$/.test(name);
}
