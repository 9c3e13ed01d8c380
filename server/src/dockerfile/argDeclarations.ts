// The names an ARG instruction declares: BuildKit takes several (`ARG A B=1 \ C`), dockerfile-ast reads only the first.
import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../service/types';
import { walkUnquoted } from './quotes';

export interface ArgDeclaration {
  getName(): string;
  /** The default value's range, or null for `ARG NAME` without `=`. */
  getValueRange(): Range | null;
}

/** Each `NAME` or `NAME=value` word of an ARG, quoted values with spaces kept whole. */
export function argDeclarations(instruction: Instruction): ArgDeclaration[] {
  const declarations: ArgDeclaration[] = [];
  // dockerfile-ast splits arguments at every space, inside quotes too: join words until the quotes balance.
  let word: { text: string; range: Range } | undefined;
  for (const arg of instruction.getArguments()) {
    word = word ? { text: `${word.text} ${arg.getValue()}`, range: { start: word.range.start, end: arg.getRange().end } } : { text: arg.getValue(), range: arg.getRange() };
    if (openQuote(word.text)) continue;
    const equals = word.text.indexOf('=');
    const name = equals === -1 ? word.text : word.text.slice(0, equals);
    const { start, end } = word.range;
    // A value on the same line starts right after `=`; one that a continuation moved is still read from there.
    const valueRange = equals === -1 ? null : { start: { line: start.line, character: start.character + equals + 1 }, end };
    if (name) declarations.push({ getName: () => name, getValueRange: () => valueRange });
    word = undefined;
  }
  return declarations;
}

/** True while a double or single quote in the text is still open (a backslash escapes outside single quotes). */
function openQuote(text: string): boolean {
  return walkUnquoted(text).openQuote;
}
