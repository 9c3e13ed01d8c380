// healthy-dependency-needs-healthcheck: fires with a severity matching what the file proves; silent when a healthcheck exists or may be inherited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

const RULE = 'healthy-dependency-needs-healthcheck';

test('fires as an error when the dependency disables its healthcheck, a warning when optional', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on:
      db:
      ^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
      search:
      ^^^^^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
        required: false
  db:
    image: example/db:1.0
    healthcheck:
      disable: true
  search:
    image: example/search:1.0
    healthcheck:
      test: ["NONE"]`,
    'compose.yaml',
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['error', 'warning']);
  assert.match(findings[0]!.message, /disables its healthcheck/);
});

test('fires as a warning for an official image and as information for other or built images', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: example/web:1.2
    depends_on:
      db:
      ^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
      cache:
      ^^^^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
      api:
      ^^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
  db:
    image: docker.io/library/postgres:17
  cache:
    image: bitnami/redis:7.4
  api:
    build: ./api`,
    'compose.yaml',
  );
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning', 'info', 'info']);
  assert.match(findings[2]!.message, /Dockerfile has a HEALTHCHECK/);
});

test('does not take an image named by a bare $VAR for an official image', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  api:
    image: example/api:3.1
    depends_on:
      store:
      ^^^^^ healthy-dependency-needs-healthcheck
        condition: service_healthy
  store:
    image: $STORE_IMAGE`,
    'compose.yaml',
  );
  assert.equal(finding!.severity, 'info');
});

test('stays silent when the dependency has a healthcheck, may inherit one, or is not waited on for health', () => {
  expectRule(
    RULE,
    `x-health: &health
  healthcheck:
    test: ["CMD", "true"]
services:
  web:
    image: example/web:1.2
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_healthy
      worker:
        condition: service_healthy
      queue:
        condition: service_started
      missing:
        condition: service_healthy
  db:
    image: postgres:17
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
  cache:
    <<: *health
    image: redis:7.4
  worker:
    extends:
      file: common.yaml
      service: worker
  queue:
    image: rabbitmq:4.0`,
    'compose.yaml',
  );
});

test('stays silent in an override file unless the healthcheck is disabled, and honours later documents', () => {
  const text = 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n';
  assert.deepEqual(lint(text, 'compose.override.yaml').filter((finding) => finding.ruleId === RULE), []);
  expectRule(RULE, `${text}---\nservices:\n  db:\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n`, 'compose.yaml');
});
