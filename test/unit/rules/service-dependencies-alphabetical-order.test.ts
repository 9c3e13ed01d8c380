// service-dependencies-alphabetical-order (off by default): fires on the first depends_on entry out of order; silent on sorted lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'service-dependencies-alphabetical-order';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on the first out-of-order entry of the list form', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  api:
    image: x:1
    depends_on:
      - redis
      - db
        ^^ service-dependencies-alphabetical-order
      - cache`,
    'compose.yaml',
    ON,
  );
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /"db" belongs before "redis"/);
});

test('fires on the map form too', () => {
  expectRule(
    RULE,
    `services:
  api:
    image: x:1
    depends_on:
      redis:
        condition: service_started
      db:
      ^^ service-dependencies-alphabetical-order
        condition: service_healthy`,
    'compose.yaml',
    ON,
  );
});

test('stays silent on sorted dependencies, and when the rule is not enabled', () => {
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n    depends_on: [db, redis]\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n    depends_on: [redis, db]\n', 'compose.yaml');
});
