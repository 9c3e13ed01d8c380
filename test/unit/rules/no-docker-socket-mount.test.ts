// no-docker-socket-mount: fires on the Docker socket in short and long volume syntax; silent on other mounts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-docker-socket-mount';

test('fires on the socket in every syntax, read-only too', () => {
  const findings = expectRule(
    RULE,
    `services:
  proxy:
    image: traefik:v3.2
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-docker-socket-mount
      - "/run/docker.sock:/tmp/docker.sock"
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-docker-socket-mount
      - type: bind
        source: //var/run/docker.sock
                ^^^^^^^^^^^^^^^^^^^^^ no-docker-socket-mount
        target: /var/run/docker.sock`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'warning');
});

test('stays silent on other mounts', () => {
  expectRule(RULE, 'services:\n  a:\n    image: x:1\n    volumes:\n      - ./docker.sock.d:/etc/x\n      - data:/var/run\n      - /var/run/docker.sock.bak:/x\nvolumes:\n  data:\n', 'compose.yaml');
});
