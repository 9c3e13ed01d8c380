// The one check that runs before any parser: a file that is not text gets one clear diagnostic instead of noise.
import type { Finding, Range } from './types';
import type { RuleMeta } from '../rules/defineRule';

export const readableTextRule: RuleMeta = {
  id: 'readable-text',
  title: 'The file must be UTF-8 text',
  language: 'any',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [],
  fixable: false,
};

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Returns a finding when the text holds NUL bytes (binary: linting stops) or U+FFFD replacement characters
 * (bytes that were not valid UTF-8: linting goes on, since the rest may still be a real file).
 */
export function checkReadable(text: string): { finding?: Finding; binary: boolean } {
  if (text.includes('\u0000')) {
    return {
      binary: true,
      finding: { ruleId: readableTextRule.id, severity: 'warning', range: START, message: 'This file contains NUL bytes, so it looks binary, not a text file. Container Coach did not check it.' },
    };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return {
      binary: false,
      finding: { ruleId: readableTextRule.id, severity: 'warning', range: START, message: 'This file has bytes that are not valid UTF-8 (shown as �). Docker reads files as UTF-8; save it with that encoding.' },
    };
  }
  return { binary: false };
}
