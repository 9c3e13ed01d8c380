// service-keys-order (off by default): fires on a service key below one it should precede; silent in dclint's grouped order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'service-keys-order';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on keys out of the grouped order, and on unknown keys before known ones', () => {
  const [first, second] = expectRule(
    RULE,
    `services:
  web:
    ports:
      - "8080:80"
    image: nginx:1.27
    ^^^^^ service-keys-order
    stop_grace_period: 5s
    environment:
    ^^^^^^^^^^^ service-keys-order
      A: "1"`,
    'compose.yaml',
    ON,
  );
  assert.equal(first!.severity, 'warning');
  assert.match(first!.message, /"image" belongs above "ports"/);
  assert.match(second!.message, /"environment" belongs above "ports"/);
});

test('stays silent in the grouped order with other keys last alphabetically, ignores merge keys, and is off unless enabled', () => {
  expectRule(
    RULE,
    'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: x:1\n    depends_on: [db]\n    volumes: [data:/data]\n    environment: {A: "1"}\n    ports: ["80:80"]\n    command: ["run"]\n    labels: {a: b}\n    user: app\n    init: true\n    stop_grace_period: 5s\n  db:\n    image: x:1\n',
    'compose.yaml',
    ON,
  );
  expectRule(RULE, 'services:\n  web:\n    ports: ["80:80"]\n    image: x:1\n', 'compose.yaml');
});
