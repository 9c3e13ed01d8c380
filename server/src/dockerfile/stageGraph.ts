// The stages as a graph: which stage is final (shipped), what each stage builds on or copies from, and which stages reach the final one.
import type { Flag, Instruction } from 'dockerfile-ast';
import type { InstructionView } from './view';

/** How one stage uses another: as its base, by COPY --from, or by RUN --mount=from=. */
export interface StageEdge {
  from: number;
  to: number;
  kind: 'base' | 'copy' | 'mount';
  instruction: Instruction;
}

export interface StageGraph {
  /** Index of the stage `docker build` ships without --target: the last one; undefined without stages. */
  final?: number;
  edges: StageEdge[];
  /** Stages the final image depends on, the final one included. */
  reachesFinal: ReadonlySet<number>;
  /** The stage a name or index refers to at a given stage (only earlier stages count), or undefined. */
  resolve(reference: string, fromStage: number): number | undefined;
}

interface StageLike {
  index: number;
  name?: string;
  /** A stage without FROM (a file with no FROM at all): its first instruction is an ordinary one. */
  implicit?: boolean;
  instructions: Instruction[];
}

export function buildStageGraph(stages: readonly StageLike[], viewOf: (instruction: Instruction) => InstructionView, fromImages: readonly (string | undefined)[]): StageGraph {
  const resolve = (reference: string, fromStage: number): number | undefined => {
    // A number names a stage by position; BuildKit reads it that way only when it is an earlier stage.
    if (/^\d+$/.test(reference)) {
      const index = Number(reference);
      return index < fromStage ? index : undefined;
    }
    const lower = reference.toLowerCase();
    for (let i = fromStage - 1; i >= 0; i--) if (stages[i]!.name === lower) return i;
    return undefined;
  };
  const edges: StageEdge[] = [];
  for (const stage of stages) {
    const from = stage.instructions[0]!;
    // An implicit stage has no FROM to skip (and no base: its image word is undefined).
    const rest = stage.implicit ? stage.instructions : stage.instructions.slice(1);
    const base = fromImages[stage.index];
    const parent = base === undefined ? undefined : resolve(base, stage.index);
    // A bare number in FROM is an image name, not a stage index.
    if (parent !== undefined && !/^\d+$/.test(base!)) edges.push({ from: stage.index, to: parent, kind: 'base', instruction: from });
    for (const instruction of rest) {
      const view = viewOf(instruction);
      if (view.keyword === 'COPY') {
        const target = flagTarget(view.flag('from'));
        const to = target === undefined ? undefined : resolve(target, stage.index);
        if (to !== undefined) edges.push({ from: stage.index, to, kind: 'copy', instruction });
      } else if (view.keyword === 'RUN') {
        for (const flag of view.flags) {
          if (flag.getName() !== 'mount') continue;
          const target = flag.getOptions().find((option) => option.getName() === 'from')?.getValue() ?? undefined;
          const to = target ? resolve(target, stage.index) : undefined;
          if (to !== undefined) edges.push({ from: stage.index, to, kind: 'mount', instruction });
        }
      }
    }
  }
  const final = stages.length === 0 ? undefined : stages.length - 1;
  const reachesFinal = new Set<number>();
  const pending = final === undefined ? [] : [final];
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (reachesFinal.has(index)) continue;
    reachesFinal.add(index);
    for (const edge of edges) if (edge.from === index) pending.push(edge.to);
  }
  return { final, edges, reachesFinal, resolve };
}

function flagTarget(flag: Flag | undefined): string | undefined {
  const value = flag?.getValue();
  return value ? value : undefined;
}
