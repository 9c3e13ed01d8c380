// no-plaintext-secrets: fires on literal values of secret-named variables and passwords in URLs; silent on _FILE, variables, settings and non-secret names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSecretName } from '../../../server/src/compose/rules/no-plaintext-secrets';
import { expectRule } from '../../support/lint';

const RULE = 'no-plaintext-secrets';

test('fires on secret names with literal values and on credentials in URLs, in both syntaxes', () => {
  const findings = expectRule(
    RULE,
    `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: hunter2
                         ^^^^^^^ no-plaintext-secrets
      DATABASE_URL: postgres://app:hunter2@db:5432/app
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-plaintext-secrets
  api:
    image: example/api:2.0
    environment:
      - GITHUB_TOKEN=ghp_abc123
        ^^^^^^^^^^^^^^^^^^^^^^^ no-plaintext-secrets
      - awsSecretAccessKey=abc
        ^^^^^^^^^^^^^^^^^^^^^^ no-plaintext-secrets`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'warning');
  assert.match(findings[1]!.message, /password inside its URL/);
});

test('stays silent on _FILE variants, interpolated values, settings, bare names and non-secret names', () => {
  expectRule(
    RULE,
    `services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/root
      MYSQL_PASSWORD: \${MYSQL_PASSWORD}
      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"
      KEY_PREFIX: app
      PUBLIC_KEY: ssh-ed25519 AAAA
      TOKEN_URL: https://auth.example.com/token
      PASSWORD_MIN_LENGTH: 12
      DATABASE_URL: postgres://app@db:5432/app
      REDIS_URL: redis://:\${REDIS_PASSWORD}@cache:6379
  api:
    image: example/api:2.0
    environment:
      - API_TOKEN
      - PWD=/app`,
    'compose.yaml',
  );
});

test('stays silent on a secret-named variable whose value is the path of a key or secret file', () => {
  expectRule(
    RULE,
    `services:
  proxy:
    image: example/proxy:1.4
    environment:
      TLS_PRIVATE_KEY: /etc/proxy/tls/server.key
      UPSTREAM_TOKEN: /run/secrets/upstream-token
    secrets:
      - upstream-token`,
    'compose.yaml',
  );
});

test('secret names follow the last word of the name', () => {
  assert.deepEqual(['JWT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'apiKey', 'DB_PASS', 'SMTP_PASSWD'].map(isSecretName), [true, true, true, true, true]);
  assert.deepEqual(['SECRET_NAME', 'TOKEN_TTL', 'PRIMARY_KEY', 'KEYCLOAK_URL', 'PWD'].map(isSecretName), [false, false, false, false, false]);
});
