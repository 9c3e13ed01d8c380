// Visits every string value of a Compose file (not keys) with its source text, for checks that read values anywhere.
import { isScalar, visit, type Scalar } from 'yaml';
import type { ComposeModel } from './model';

/** Calls `each` for every string scalar in value position whose text contains `needle`. */
export function forEachStringValue(model: ComposeModel, needle: string, each: (node: Scalar & { value: string }) => void): void {
  for (const document of model.documents) {
    visit(document, {
      Scalar(key, node) {
        if (key === 'key' || !isScalar(node) || typeof node.value !== 'string' || !node.value.includes(needle)) return;
        each(node as Scalar & { value: string });
      },
    });
  }
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
