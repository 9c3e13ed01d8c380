// publish-ports-on-localhost: fires on ports published without an address (random host ports too); silent on explicit addresses and interpolated ports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'publish-ports-on-localhost';

test('fires on short and long syntax without an address, as a hint', () => {
  const findings = expectRule(
    RULE,
    `services:
  db:
    image: postgres:17
    ports:
      - "5432:5432"
        ^^^^^^^^^^^ publish-ports-on-localhost
      - 9000-9001:9000-9001/udp
        ^^^^^^^^^^^^^^^^^^^^^^^ publish-ports-on-localhost
      - target: 80
        published: 8080
                   ^^^^ publish-ports-on-localhost`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'hint');
  assert.match(findings[0]!.message, /127\.0\.0\.1:5432:5432/);
});

test('fires on a bare container port, which Docker publishes on a random host port of every interface', () => {
  const findings = expectRule(
    RULE,
    `services:
  api:
    image: example/api:1.0
    ports:
      - "3000"
        ^^^^^^ publish-ports-on-localhost
      - 7000-7001/udp
        ^^^^^^^^^^^^^ publish-ports-on-localhost
      - target: 9090
                ^^^^ publish-ports-on-localhost`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /127\.0\.0\.1::3000/);
});

test('stays silent on explicit addresses and variables', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "127.0.0.1:8080:80"
      - "0.0.0.0:443:443"
      - "[::1]:8443:443"
      - "127.0.0.1::3000"
      - "\${PORT:-8080}:80"
      - target: 80
        published: 8081
        host_ip: 127.0.0.1
      - target: 9090
        host_ip: 127.0.0.1`,
    'compose.yaml',
  );
});
