// unique-container-names: fires on a container_name another service already uses; silent on distinct names and on a service repeated in a later document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'unique-container-names';

test('fires on the second service using a name, as an error', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  api:
    image: x:1
    container_name: backend
  worker:
    image: x:1
    container_name: backend
                    ^^^^^^^ unique-container-names`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'error');
  assert.match(finding!.message, /already used by service "api" \(line 4\)/);
});

test('stays silent on distinct names and on one service across documents', () => {
  expectRule(RULE, 'services:\n  api:\n    image: x:1\n    container_name: api\n  worker:\n    image: x:1\n    container_name: worker\n---\nservices:\n  api:\n    container_name: api\n', 'compose.yaml');
});
