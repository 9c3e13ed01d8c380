// no-duplicate-host-port: fires when a host port is published twice on overlapping addresses; silent across addresses, protocols and disjoint profiles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-duplicate-host-port';

test('fires on the second publication of a port, in short, long and range syntax', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
      - "127.0.0.1:9000-9002:9000-9002"
  admin:
    image: example/admin:2.0
    ports:
      - 8080:3000
        ^^^^^^^^^ no-duplicate-host-port
      - target: 4000
        published: "9001"
                   ^^^^^^ no-duplicate-host-port
        host_ip: 127.0.0.1
  metrics:
    image: example/metrics:1.0
    ports:
      - "0.0.0.0:9002:9090"
        ^^^^^^^^^^^^^^^^^^^ no-duplicate-host-port`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'warning');
  assert.match(findings[0]!.message, /Host port 8080\/tcp is already published by service "web" \(line 5\)/);
});

test('stays silent on different addresses, protocols, random host ports, variables and disjoint profiles', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "127.0.0.1:8080:80"
      - "53:53/udp"
      - "80"
      - "\${WEB_PORT:-8081}:80"
  api:
    image: example/api:1.0
    ports:
      - "192.168.1.10:8080:3000"
      - "53:53/tcp"
      - "80"
      - "\${WEB_PORT:-8081}:3000"
  dev-proxy:
    image: example/proxy:1.0
    profiles: [dev]
    ports: ["8443:443"]
  prod-proxy:
    image: example/proxy:1.0
    profiles: [prod]
    ports: ["8443:443"]`,
    'compose.yaml',
  );
});
