// no-host-namespaces: fires on network_mode, pid, ipc, uts and userns_mode set to host; silent on other values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-host-namespaces';

test('fires on each namespace shared with the host', () => {
  const findings = expectRule(
    RULE,
    `services:
  a:
    image: x:1
    network_mode: host
                  ^^^^ no-host-namespaces
    pid: host
         ^^^^ no-host-namespaces
    ipc: host
         ^^^^ no-host-namespaces
    uts: host
         ^^^^ no-host-namespaces
    userns_mode: host
                 ^^^^ no-host-namespaces`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /network_mode: host/);
});

test('stays silent on other values', () => {
  expectRule(RULE, 'services:\n  a:\n    image: x:1\n    network_mode: "service:b"\n    pid: "service:b"\n    ipc: shareable\n  b:\n    image: x:1\n    network_mode: bridge\n', 'compose.yaml');
});
