// One hand-written walk over a Compose file, shared by the checks that read values anywhere: `$` values and anchored maps.
import { isMap, isPair, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import type { ComposeModel } from './model';

interface ValueIndex {
  /** String scalars in value position (not keys) whose text contains `$`. */
  dollarValues: (Scalar & { value: string })[];
  /** Maps that carry an anchor, which merge keys may copy into services. */
  anchoredMaps: YAMLMap[];
}

// Computed once per model: yaml's generic `visit` costs several times more on a 5,000-service file.
const indexes = new WeakMap<ComposeModel, ValueIndex>();

function valueIndex(model: ComposeModel): ValueIndex {
  let index = indexes.get(model);
  if (index) return index;
  const found: ValueIndex = { dollarValues: [], anchoredMaps: [] };
  const stack: unknown[] = model.documents.map((document) => document.contents);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.includes('$')) found.dollarValues.push(node as Scalar & { value: string });
    } else if (isMap(node)) {
      if (node.anchor) found.anchoredMaps.push(node);
      for (const pair of node.items) if (isPair(pair)) stack.push(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  // The stack visits in reverse; file order keeps findings sorted.
  found.dollarValues.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  index = found;
  indexes.set(model, index);
  return index;
}

/** Calls `each` for every string value whose text contains `needle` (which must contain `$`). */
export function forEachStringValue(model: ComposeModel, needle: string, each: (node: Scalar & { value: string }) => void): void {
  for (const node of valueIndex(model).dollarValues) if (node.value.includes(needle)) each(node);
}

export function anchoredMaps(model: ComposeModel): YAMLMap[] {
  return valueIndex(model).anchoredMaps;
}

/**
 * Where a piece of a scalar's value lies in the source: found by searching the source for the piece itself, which
 * holds for plain and most quoted scalars; escapes or folded lines that change the text fall back to the whole scalar.
 */
export function sourceOffsets(model: ComposeModel, node: Scalar, piece: string, after = 0): [number, number] {
  const [start, end] = node.range ?? [0, 0];
  const at = model.document.getText().slice(start, end).indexOf(piece, after);
  return at >= 0 ? [start + at, start + at + piece.length] : [start, end];
}
