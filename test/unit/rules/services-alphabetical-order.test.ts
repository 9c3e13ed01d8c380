// services-alphabetical-order (off by default): fires on a service listed below one it sorts before; silent on sorted services.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'services-alphabetical-order';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on each service that belongs above an earlier one', () => {
  const [first, second] = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
  api:
  ^^^ services-alphabetical-order
    image: x:1
  db:
  ^^ services-alphabetical-order
    image: postgres:16
  worker:
    image: x:1`,
    'compose.yaml',
    ON,
  );
  assert.equal(first!.severity, 'warning');
  assert.match(first!.message, /"api".*above "web"/);
  assert.match(second!.message, /"db".*above "web"/);
});

test('can be enabled by its dclint name', () => {
  expectRule(RULE, 'services:\n  b:\n    image: x:1\n  a:\n  ^ services-alphabetical-order\n    image: x:1\n', 'compose.yaml', { enable: true, rules: { 'services-alphabetical-order': 'warning' } });
});

test('stays silent on sorted services, and when the rule is not enabled', () => {
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n  db:\n    image: x:1\n  web:\n    image: x:1\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: x:1\n  api:\n    image: x:1\n', 'compose.yaml');
});
