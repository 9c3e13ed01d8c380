// no-depends-on-cycle: fires on every entry of a depends_on loop and on self-dependency; silent on chains and diamonds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-depends-on-cycle';

test('fires on each entry of a loop through three services, naming the chain', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on: [api]
                 ^^^ no-depends-on-cycle
  api:
    image: example/api:1.2
    depends_on:
      worker:
      ^^^^^^ no-depends-on-cycle
        condition: service_started
      db:
        condition: service_healthy
  worker:
    image: example/worker:1.2
    depends_on:
      - web
        ^^^ no-depends-on-cycle
  db:
    image: postgres:17`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /web → api → worker → web/);
  assert.equal(findings[0]!.severity, 'error');
});

test('fires on a service that depends on itself', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on: [web]
                 ^^^ no-depends-on-cycle`,
    'compose.yaml',
  );
  assert.match(finding!.message, /depends on itself/);
});

test('stays silent on chains, diamonds and undefined names', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on: [api, cache]
  api:
    image: example/api:1.2
    depends_on: [db, cache]
  cache:
    image: redis:7.4
    depends_on: [db]
  db:
    image: postgres:17
    depends_on: [missing]`,
    'compose.yaml',
  );
});

test('stays silent, and fast, on a 5,000-service chain', () => {
  const lines = ['services:'];
  for (let i = 0; i < 5000; i++) lines.push(`  s${i}:`, '    image: busybox:1.37', ...(i > 0 ? [`    depends_on: [s${i - 1}]`] : []));
  const started = performance.now();
  expectRule(RULE, lines.join('\n'), 'compose.yaml');
  assert.ok(performance.now() - started < 5000);
});
