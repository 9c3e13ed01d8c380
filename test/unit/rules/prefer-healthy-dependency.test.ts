// prefer-healthy-dependency: fires on short-syntax dependencies on services with a healthcheck; the fix writes the long syntax.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

const RULE = 'prefer-healthy-dependency';
const DB = `  db:
    image: postgres:17
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]`;

test('fires on a short-syntax dependency on a service with a healthcheck', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on:
      - cache
      - db
        ^^ prefer-healthy-dependency
${DB}
  cache:
    image: redis:7.4`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /condition: service_healthy/);
});

test('stays silent on explicit conditions and on dependencies without a healthcheck', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on:
      db:
        condition: service_started
  worker:
    image: example/worker:1.2
    depends_on: [cache]
${DB}
  cache:
    image: redis:7.4
    healthcheck:
      disable: true`,
    'compose.yaml',
  );
});

test('the fix rewrites block and flow lists in the long syntax, keeping the other dependencies as they were', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = ['services:', '  web:', '    image: example/web:1.2', '    depends_on:', '      - cache', '      - db', DB.replace(/\n/g, eol), '  cache:', '    image: redis:7.4', ''].join(eol);
    const fix = lint(text, 'compose.yaml').find((finding) => finding.ruleId === RULE)!.fix!()!;
    assert.equal(fix.safe, false);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed.split(eol).slice(3, 8).join('\n'), '    depends_on:\n      cache:\n        condition: service_started\n      db:\n        condition: service_healthy');
    assert.deepEqual(lint(fixed, 'compose.yaml'), []);
  }
  const flow = `services:\n  web:\n    image: example/web:1.2\n    depends_on: [db]\n${DB}\n`;
  const fix = lint(flow, 'compose.yaml').find((finding) => finding.ruleId === RULE)!.fix!()!;
  assert.match(applyEdits(flow, fix.edits), /    depends_on:\n      db:\n        condition: service_healthy\n  db:/);
});
