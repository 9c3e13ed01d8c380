// no-unused-resources: fires on declared volumes, networks, secrets and configs no service uses; silent on used ones, the default network, anchors and partial files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-unused-resources';

test('fires on each unused declaration, as information', () => {
  const findings = expectRule(
    RULE,
    `services:
  db:
    image: postgres:17
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata:
  old-data:
  ^^^^^^^^ no-unused-resources
networks:
  backend:
  ^^^^^^^ no-unused-resources
  default:
    name: shop
secrets:
  api_key:
  ^^^^^^^ no-unused-resources
    file: ./key.txt
configs:
  nginx:
  ^^^^^ no-unused-resources
    file: ./nginx.conf`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'info');
});

test('stays silent when anchors, build secrets and long syntax use them', () => {
  expectRule(
    RULE,
    `x-common: &common
  networks: [backend]
services:
  web:
    <<: *common
    image: x:1
    build:
      context: .
      secrets: [npm_token]
    configs:
      - source: nginx
        target: /etc/nginx.conf
networks:
  backend:
secrets:
  npm_token:
    environment: NPM_TOKEN
configs:
  nginx:
    file: ./nginx.conf`,
    'compose.yaml',
  );
});

test('stays silent in override files, resource-only fragments and files that include others', () => {
  expectRule(RULE, 'services:\n  db:\n    image: x:1\nvolumes:\n  data:\n', 'compose.override.yaml');
  expectRule(RULE, 'networks:\n  shared:\n', 'compose.yaml');
  expectRule(RULE, 'include: [other.yaml]\nservices:\n  db:\n    image: x:1\nvolumes:\n  data:\n', 'compose.yaml');
});
