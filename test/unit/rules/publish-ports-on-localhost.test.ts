// publish-ports-on-localhost: fires on ports published without an address; silent on explicit addresses, unpublished and interpolated ports.
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

test('stays silent on explicit addresses, container-only ports and variables', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "127.0.0.1:8080:80"
      - "0.0.0.0:443:443"
      - "[::1]:8443:443"
      - "3000"
      - "\${PORT:-8080}:80"
      - target: 80
        published: 8081
        host_ip: 127.0.0.1
      - target: 9090`,
    'compose.yaml',
  );
});
