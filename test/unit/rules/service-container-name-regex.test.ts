// service-container-name-regex (off by default): fires on container names Docker rejects; silent on valid and interpolated names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'service-container-name-regex';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on names Docker rejects', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  api:
    image: x:1
    container_name: my/api
                    ^^^^^^ service-container-name-regex
  worker:
    image: x:1
    container_name: _worker
                    ^^^^^^^ service-container-name-regex`,
    'compose.yaml',
    ON,
  );
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /"my\/api"/);
});

test('stays silent on valid and interpolated names, and when the rule is not enabled', () => {
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n    container_name: my-api.v2_1\n  worker:\n    image: x:1\n    container_name: ${PREFIX}-worker\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n    container_name: my/api\n', 'compose.yaml');
});
