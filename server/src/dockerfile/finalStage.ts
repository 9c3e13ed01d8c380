// What the shipped (final) stage inherits through `FROM <earlier stage>`: its chain of stages, its last USER and its external base image.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from './model';

export interface FinalStageChain {
  /** The final stage first, then the earlier stages it builds on, nearest first. */
  stages: Stage[];
  /** The USER in effect when the image starts: the last one in the final stage, else in the nearest stage it builds on. */
  lastUser?: { instruction: Instruction; value: string; stage: Stage };
  /** The external image at the root of the chain as written (`node:22`, `$BASE`), or undefined without one. */
  baseImage?: string;
}

/** Follows `FROM <stage>` back from the final stage; a name only refers to a stage declared before it. */
export function finalStageChain(model: DockerfileModel): FinalStageChain | undefined {
  const final = model.stages[model.stages.length - 1];
  if (!final) return undefined;
  // Each stage's parent, found in one pass: a name refers to the latest stage declared with it before this one.
  const parentOf = new Map<Stage, Stage>();
  const byName = new Map<string, Stage>();
  for (const stage of model.stages) {
    const parent = byName.get(stage.from.getImage()?.toLowerCase() ?? '');
    if (parent) parentOf.set(stage, parent);
    if (stage.name) byName.set(stage.name, stage);
  }
  const stages: Stage[] = [];
  let lastUser: FinalStageChain['lastUser'];
  let baseImage: string | undefined;
  // Parents always come earlier in the file, so the walk cannot loop.
  for (let stage: Stage | undefined = final; stage; stage = parentOf.get(stage)) {
    stages.push(stage);
    if (!lastUser) {
      const users = stage.instructions.filter((instruction) => instruction.getKeyword() === 'USER');
      const last = users[users.length - 1];
      if (last) lastUser = { instruction: last, value: last.getArgumentsContent()?.trim() ?? '', stage };
    }
    if (!parentOf.has(stage)) baseImage = stage.from.getImage() ?? undefined;
  }
  return { stages, ...(lastUser ? { lastUser } : {}), ...(baseImage !== undefined ? { baseImage } : {}) };
}

/** `root` or UID 0, with or without a group: the user a container runs as when nothing else is said. */
export function isRootUser(user: string): boolean {
  const name = user.replace(/^["']|["']$/g, '').split(':')[0]!.trim();
  return name === 'root' || /^0+$/.test(name);
}
