// pin-service-image-tag: fires on images without a tag or with a floating tag; silent on versions, digests, built images and variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'pin-service-image-tag';

test('fires on a missing tag and on floating tags', () => {
  const findings = expectRule(
    RULE,
    `services:
  cache:
    image: redis
           ^^^^^ pin-service-image-tag
  proxy:
    image: traefik:latest
           ^^^^^^^^^^^^^^ pin-service-image-tag
  node:
    image: localhost:5000/team/node:LTS
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pin-service-image-tag
  preview:
    image: example/dashboard:canary
           ^^^^^^^^^^^^^^^^^^^^^^^^ pin-service-image-tag
  sandbox:
    image: example/api:dev
           ^^^^^^^^^^^^^^^ pin-service-image-tag`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'warning');
  assert.match(findings[0]!.message, /no tag, so Compose pulls "latest"/);
  assert.match(findings[1]!.message, /"latest" is a floating tag/);
});

test('stays silent on version tags, digests, registries with ports, built images and variables', () => {
  expectRule(
    RULE,
    `services:
  a:
    image: redis:7.4.1
  a2:
    image: example/dashboard:2.1.0-beta.3
  b:
    image: localhost:5000/team/app:2.0
  c:
    image: postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  d:
    build: .
    image: example/d
  e:
    image: example/e:\${TAG}`,
    'compose.yaml',
  );
});

test('stays silent on a service that runs the image another service of the file builds', () => {
  expectRule(
    RULE,
    `services:
  api:
    build: ./api
    image: shop-api
  api-jobs:
    image: shop-api
    command: ["run-jobs"]
  api-migrations:
    image: shop-api:latest
    command: ["migrate"]
  proxy:
    image: caddy
           ^^^^^ pin-service-image-tag`,
    'compose.yaml',
  );
});
