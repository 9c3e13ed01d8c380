// Reads `${VAR}` interpolation in Compose values as Compose does: `$$` escapes, `$NAME`, `${NAME}` and its six modifiers, nested defaults.

export type Modifier = ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface VariableUse {
  name: string;
  /** Offsets of the whole `$NAME` or `${...}` expression inside the value. */
  start: number;
  end: number;
  modifier?: Modifier;
}

export interface InterpolationError {
  start: number;
  end: number;
  message: string;
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?+])([\s\S]*))?$/;

/** Every variable use and every syntax error in one value; offsets are relative to `value`. */
export function scanInterpolation(value: string, base = 0): { uses: VariableUse[]; errors: InterpolationError[] } {
  const uses: VariableUse[] = [];
  const errors: InterpolationError[] = [];
  for (let index = value.indexOf('$'); index >= 0 && index < value.length; index = value.indexOf('$', index)) {
    const next = value[index + 1];
    if (next === '$') {
      index += 2;
      continue;
    }
    if (next !== '{') {
      // `$NAME`; anything else after `$` (a digit, `(`, a space) is left as text by Compose.
      const name = NAME.exec(value.slice(index + 1))?.[0];
      if (name) uses.push({ name, start: base + index, end: base + index + 1 + name.length });
      index += 1 + (name?.length ?? 0);
      continue;
    }
    const close = closingBrace(value, index + 2);
    if (close < 0) {
      errors.push({ start: base + index, end: base + value.length, message: 'This "${" is never closed with "}".' });
      break;
    }
    const inner = value.slice(index + 2, close);
    const match = BRACED.exec(inner);
    if (!match) errors.push({ start: base + index, end: base + close + 1, message: invalidMessage(inner) });
    else {
      uses.push({ name: match[1]!, start: base + index, end: base + close + 1, modifier: match[2] as Modifier | undefined });
      // A default or error text may itself hold variables: `${A:-${B}}`.
      if (match[3] !== undefined) {
        const nested = scanInterpolation(match[3], base + index + 2 + match[1]!.length + match[2]!.length);
        uses.push(...nested.uses);
        errors.push(...nested.errors);
      }
    }
    index = close + 1;
  }
  return { uses, errors };
}

/** The index of the `}` that closes a `${` whose content starts at `from`, counting nested `${`; -1 when none does. */
function closingBrace(value: string, from: number): number {
  let depth = 1;
  for (let index = from; index < value.length; index++) {
    if (value[index] === '$' && value[index + 1] === '{') {
      depth++;
      index++;
    } else if (value[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

function invalidMessage(inner: string): string {
  if (inner === '') return '"${}" names no variable.';
  const name = NAME.exec(inner)?.[0];
  if (!name) return `"\${${inner}}" does not start with a variable name (letters, digits and "_", not starting with a digit).`;
  const rest = inner.slice(name.length);
  return `"\${${inner}}" uses "${rest.slice(0, 2)}", which is not a Compose modifier: use :- or - for a default, :? or ? for an error, :+ or + for a replacement.`;
}
