// LABEL pairs with their ranges, and the value formats a hadolint label schema can require.
import type { Instruction, Property } from 'dockerfile-ast';
import type { Range } from '../service/types';
import type { LabelType } from './hadolintConfig';

export interface LabelPair {
  name: string;
  nameRange: Range;
  /** The value as Docker stores it (quotes removed); '' for `key=` or `key=""`. */
  value: string;
  /** The value's range, or the name's when there is no value text. */
  valueRange: Range;
}

/** The key/value pairs of a LABEL instruction; pairs without a name are left to the syntax rules. */
export function labelPairs(instruction: Instruction): LabelPair[] {
  const properties = (instruction as unknown as { getProperties?: () => Property[] }).getProperties?.() ?? [];
  const pairs: LabelPair[] = [];
  for (const property of properties) {
    const name = property.getName();
    if (!name) continue;
    pairs.push({ name, nameRange: property.getNameRange(), value: property.getValue() ?? '', valueRange: property.getValueRange() ?? property.getNameRange() });
  }
  return pairs;
}

const SCHEME = '[A-Za-z][A-Za-z0-9+.-]*';
// RFC 3986 allows unreserved and reserved characters and percent-escapes; anything else (spaces, quotes, braces) is not a URI.
const URI = new RegExp(`^${SCHEME}:(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$`);
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const NUMBER = '(?:0|[1-9]\\d*)';
const PRE_ID = `(?:${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`);
// Git prints abbreviated hashes of 7 or more hex digits, full SHA-1 hashes of 40 and SHA-256 ones of 64.
const GIT_HASH = /^(?:[0-9a-fA-F]{7,40}|[0-9a-fA-F]{64})$/;
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\]|\\\\.)*")@(?:${ATOM}(?:\\.${ATOM})*|\\[[^\\[\\]\\\\]*\\])$`);

/** Whether a label value has the format its schema type requires; `text` takes anything. */
export function matchesLabelType(type: LabelType, value: string): boolean {
  switch (type) {
    case 'text':
      return true;
    case 'url':
      return URI.test(value);
    case 'semver':
      return SEMVER.test(value);
    case 'hash':
      return GIT_HASH.test(value);
    case 'rfc3339':
      return isRfc3339(value);
    case 'spdx':
      return isSpdxExpression(value);
    case 'email':
      return EMAIL.test(value);
  }
}

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [, , month, day, hour, minute, second, offsetHour, offsetMinute] = match.map(Number);
  // Second 60 is a leap second, which RFC 3339 allows.
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31 && hour! <= 23 && minute! <= 59 && second! <= 60 && (offsetHour === undefined || Number.isNaN(offsetHour) || (offsetHour <= 23 && offsetMinute! <= 59));
}

const SPDX_TOKEN = /\s*(\(|\)|[A-Za-z0-9.:+-]+)/y;
const SPDX_ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?(?:LicenseRef-)?[A-Za-z0-9.-]+\+?$/;

/**
 * Whether a value is a well-formed SPDX license expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`).
 * Only the grammar is checked: a list of every SPDX identifier would go stale, and prose such as "MIT License" already fails the grammar.
 */
export function isSpdxExpression(value: string): boolean {
  const text = value.trim();
  const tokens: string[] = [];
  SPDX_TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (SPDX_TOKEN.lastIndex < text.length && (match = SPDX_TOKEN.exec(text))) tokens.push(match[1]!);
  // A failed match resets lastIndex to 0: some character was not part of any token.
  if (SPDX_TOKEN.lastIndex !== text.length || tokens.length === 0) return false;
  let position = 0;
  const operator = (word: string | undefined) => word === 'AND' || word === 'OR' || word === 'and' || word === 'or';
  const identifier = (word: string | undefined) => word !== undefined && !operator(word) && word !== 'WITH' && word !== 'with' && SPDX_ID.test(word);
  const expression = (depth: number): boolean => {
    if (!term(depth)) return false;
    while (operator(tokens[position])) {
      position++;
      if (!term(depth)) return false;
    }
    return true;
  };
  const term = (depth: number): boolean => {
    const token = tokens[position];
    if (token === '(') {
      // Nesting is bounded so a hostile value cannot exhaust the stack.
      if (depth > 20) return false;
      position++;
      if (!expression(depth + 1) || tokens[position] !== ')') return false;
      position++;
      return true;
    }
    if (!identifier(token)) return false;
    position++;
    if (tokens[position] === 'WITH' || tokens[position] === 'with') {
      position++;
      if (!identifier(tokens[position])) return false;
      position++;
    }
    return true;
  };
  return expression(0) && position === tokens.length;
}
