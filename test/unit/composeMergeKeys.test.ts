// Merge keys: rules read services with `<<: *anchor` applied, as Compose does, at any depth and with override order kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../support/lint';

const ids = (text: string) => lint(text, 'compose.yaml').map((f) => `${f.ruleId}@${f.range.start.line}`);

test('a merge key inside depends_on is applied, not read as a service name', () => {
  const text = `x-deps: &deps
  db:
    condition: service_healthy
services:
  web:
    image: nginx:1.27
    depends_on:
      <<: *deps
      cache:
        condition: service_started
  db:
    image: postgres:17
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
  cache:
    image: redis:7.4
`;
  assert.deepEqual(ids(text).filter((id) => id.startsWith('depends-on-undefined-service')), []);
});

test('a service that inherits build through a merge key is not told to pin its image tag', () => {
  const text = `x-app: &app
  build: .
  pull_policy: build
services:
  worker:
    <<: *app
    image: myproject_worker
`;
  assert.deepEqual(ids(text).filter((id) => id.startsWith('pin-service-image-tag')), []);
});

test('own keys win over merged ones, and a merged undefined dependency still fires', () => {
  const text = `x-base: &base
  image: nginx:latest
  depends_on: [missing]
services:
  web:
    <<: *base
    image: nginx:1.27
`;
  const found = ids(text);
  assert.ok(!found.some((id) => id.startsWith('pin-service-image-tag')), found.join(', '));
  assert.ok(found.includes('depends-on-undefined-service@2'), found.join(', '));
});

test('a problem inside an anchor shared by several services is reported once', () => {
  const text = `x-base: &base
  image: nginx:latest
services:
  a:
    <<: *base
  b:
    <<: *base
`;
  assert.equal(ids(text).filter((id) => id.startsWith('pin-service-image-tag')).length, 1);
});
