// depends-on-undefined-service: fires on unknown names in both syntaxes, with a suggestion; silent when the name may exist elsewhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on an unknown name in the short syntax, suggesting the near one', () => {
  const [finding] = expectRule(
    'depends-on-undefined-service',
    `services:
  web:
    image: nginx:1.27
    depends_on:
      - databse
        ^^^^^^^ depends-on-undefined-service
  database:
    image: postgres:17`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'error');
  assert.match(finding!.message, /Did you mean "database"\?/);
});

test('fires on an unknown name in the long syntax', () => {
  expectRule(
    'depends-on-undefined-service',
    `services:
  web:
    image: nginx:1.27
    depends_on:
      cache:
      ^^^^^ depends-on-undefined-service
        condition: service_started`,
    'docker-compose.yml',
  );
});

test('stays silent on defined services, optional dependencies and projects with include', () => {
  expectRule(
    'depends-on-undefined-service',
    `services:
  web:
    image: nginx:1.27
    depends_on:
      db:
        condition: service_healthy
      metrics:
        condition: service_started
        required: false
  db:
    image: postgres:17`,
    'compose.yaml',
  );
  expectRule(
    'depends-on-undefined-service',
    `include:
  - ./db/compose.yaml
services:
  web:
    image: nginx:1.27
    depends_on: [db]`,
    'compose.yaml',
  );
});

test('is only a warning in an override file, which a base file may complete', () => {
  const findings = lint('services:\n  web:\n    depends_on: [db]\n', 'compose.override.yaml').filter((f) => f.ruleId === 'depends-on-undefined-service');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.severity, 'warning');
});
