// Realistic files that build and run must stay clean: no finding at all from any rule.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../support/lint';

const folder = join(__dirname, '../fixtures/clean');

for (const file of readdirSync(folder)) {
  test(`${file} stays clean`, () => {
    const findings = lint(readFileSync(join(folder, file), 'utf8'), file);
    assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`), []);
  });
}
