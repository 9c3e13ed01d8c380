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

/** Variables every login shell sets, so Compose finds them in its environment whatever `.env` says. */
export const LOGIN_VARIABLES = new Set(['HOME', 'PATH', 'USER', 'PWD', 'SHELL', 'LANG', 'TERM', 'HOSTNAME', 'LOGNAME', 'TMPDIR']);

/** A variable's value as far as the checker knows: its text, null when nothing sets it, undefined when unknown. */
export type Lookup = (name: string) => string | null | undefined;

/**
 * The value with its variables replaced as Compose does, or undefined when the result cannot be known here:
 * a variable whose value is unknown decides it, a variable is unset without a default (the shell may set it),
 * `:?`/`?` would stop Compose, or the syntax is invalid.
 */
export function substituteVariables(value: string, lookup: Lookup): string | undefined {
  let result = '';
  let index = 0;
  for (let dollar = value.indexOf('$'); dollar >= 0; dollar = value.indexOf('$', index)) {
    result += value.slice(index, dollar);
    const next = value[dollar + 1];
    if (next === '$') {
      result += '$';
      index = dollar + 2;
      continue;
    }
    if (next !== '{') {
      const name = NAME.exec(value.slice(dollar + 1))?.[0];
      if (!name) {
        result += '$';
        index = dollar + 1;
        continue;
      }
      const found = lookup(name);
      if (found === null || found === undefined) return undefined;
      result += found;
      index = dollar + 1 + name.length;
      continue;
    }
    const close = closingBrace(value, dollar + 2);
    const match = close < 0 ? null : BRACED.exec(value.slice(dollar + 2, close));
    if (!match) return undefined;
    const piece = substituteOne(lookup(match[1]!), match[2] as Modifier | undefined, match[3] ?? '', lookup);
    if (piece === undefined) return undefined;
    result += piece;
    index = close + 1;
  }
  return result + value.slice(index);
}

/** One `${NAME<modifier><argument>}` given NAME's value; the argument is itself interpolated only when used. */
function substituteOne(found: string | null | undefined, modifier: Modifier | undefined, argument: string, lookup: Lookup): string | undefined {
  if (found === undefined) return undefined;
  // The colon forms treat an empty value like an unset one.
  const present = modifier?.startsWith(':') ? found !== null && found !== '' : found !== null;
  switch (modifier) {
    case undefined:
      return found ?? undefined;
    case ':-':
    case '-':
      return present ? found! : substituteVariables(argument, lookup);
    case ':+':
    case '+':
      return present ? substituteVariables(argument, lookup) : '';
    default:
      return present ? found! : undefined;
  }
}
