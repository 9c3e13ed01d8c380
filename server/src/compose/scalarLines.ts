// Finds whether a line lies inside a multi-line scalar (block `|`/`>` or a wrapped quoted string), where a `#` is text, not a comment.
import { isScalar, visit } from 'yaml';
import type { ComposeModel } from './model';

/** True when `line` is a continuation line of a scalar that spans several lines. */
export function insideMultiLineScalar(model: ComposeModel, line: number): boolean {
  let inside = false;
  for (const document of model.documents) {
    visit(document, {
      Scalar(_key, node) {
        if (inside || !isScalar(node) || !node.range) return;
        const first = model.document.positionAt(node.range[0]).line;
        const last = model.document.positionAt(node.range[1]).line;
        if (line > first && line <= last) inside = true;
      },
    });
    if (inside) return true;
  }
  return false;
}
