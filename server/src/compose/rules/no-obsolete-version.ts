// Rule: the top-level `version` key is obsolete; Compose v2 ignores it and prints a warning.
import { isScalar, type Node, type Pair } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-obsolete-version',
  title: 'Remove the obsolete top-level version',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'no-version-field' }],
  fixable: true,
  topic: 'compose:top.version',
  create(context) {
    return {
      root(root) {
        const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'version');
        if (!pair) return;
        context.report({
          range: context.model.rangeOf(pair.key as Node),
          message: 'The top-level "version" is obsolete: Compose ignores it and always uses the current Compose Specification. Remove it.',
          fix: () => removeLinesFix(context.model, pair),
        });
      },
    };
  },
});

/** Deletes the whole lines the pair occupies, but only when nothing else shares them. */
function removeLinesFix(model: ComposeModel, pair: Pair): Fix | undefined {
  const range = model.rangeOf(pair);
  const lines = model.document.getText().split(/\r?\n/);
  const first = lines[range.start.line] ?? '';
  if (first.slice(0, range.start.character).trim() !== '') return undefined;
  // Ranges of a block value stop at the next key, so the last line is the one holding the value's end.
  const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
  return {
    title: 'Remove the obsolete "version" key',
    edits: [{ range: { start: { line: range.start.line, character: 0 }, end: { line: endLine, character: 0 } }, newText: '' }],
    safe: true,
  };
}
