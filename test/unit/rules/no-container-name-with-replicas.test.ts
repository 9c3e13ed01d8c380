// no-container-name-with-replicas: fires on container_name with scale or deploy.replicas above one; silent with one replica or no fixed name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-container-name-with-replicas';

test('fires on deploy.replicas and scale above one, at the count', () => {
  const findings = expectRule(
    RULE,
    `services:
  worker:
    image: x:1
    container_name: worker
    deploy:
      replicas: 3
                ^ no-container-name-with-replicas
  api:
    image: x:1
    container_name: api
    scale: 2
           ^ no-container-name-with-replicas`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'error');
});

test('stays silent with one replica or without container_name', () => {
  expectRule(RULE, 'services:\n  a:\n    image: x:1\n    container_name: a\n    deploy:\n      replicas: 1\n  b:\n    image: x:1\n    scale: 4\n', 'compose.yaml');
});
