// Flags of any instruction, with ranges: dockerfile-ast parses them only on instructions it models as modifiable.
import type { Flag, Instruction } from 'dockerfile-ast';

export function flagsOf(instruction: Instruction): Flag[] {
  const getter = (instruction as unknown as { getFlags?: () => Flag[] }).getFlags;
  return typeof getter === 'function' ? getter.call(instruction) : [];
}

/** The first flag with this name, or undefined. */
export function flagNamed(instruction: Instruction, name: string): Flag | undefined {
  return flagsOf(instruction).find((flag) => flag.getName() === name);
}
