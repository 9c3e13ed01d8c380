// The README's rule table must match the registry, so the documented list never drifts from what ships.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain ESM script without type declarations
import { withTable } from '../../scripts/rules-table.mjs';

test('README rule table is generated from the current registry', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  assert.equal(readme, withTable(readme), 'run: node --import tsx scripts/rules-table.mjs --write');
});
