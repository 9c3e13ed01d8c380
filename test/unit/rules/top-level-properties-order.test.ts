// top-level-properties-order (off by default): fires on a top-level key below one it should precede; silent in dclint's order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'top-level-properties-order';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on each key that belongs above an earlier one', () => {
  const [first, second] = expectRule(
    RULE,
    `services:
  web:
    image: x:1
name: shop
^^^^ top-level-properties-order
x-common: &common
^^^^^^^^ top-level-properties-order
  restart: always`,
    'compose.yaml',
    ON,
  );
  assert.equal(first!.severity, 'warning');
  assert.match(first!.message, /"name" belongs above "services"/);
  assert.match(second!.message, /"x-common" belongs above "services"/);
});

test('fires on extension fields out of alphabetical order', () => {
  expectRule(RULE, 'x-b: 1\nx-a: 2\n^^^ top-level-properties-order\nservices:\n  web:\n    image: x:1\n', 'compose.yaml', ON);
});

test('stays silent in the expected order, ignores unlisted keys, and is off unless enabled', () => {
  expectRule(RULE, 'x-a: 1\nx-b: 2\nname: shop\nservices:\n  web:\n    image: x:1\nmodels: {}\nnetworks: {}\nvolumes: {}\nsecrets: {}\nconfigs: {}\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: x:1\nname: shop\n', 'compose.yaml');
});
