// no-quotes-in-volumes (off by default): fires on quoted volume entries (and long-syntax paths) whose quotes change nothing; silent where quotes are needed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-quotes-in-volumes';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on needlessly quoted volume entries', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  db:
    image: x:1
    volumes:
      - "db-data:/var/lib/data"
        ^^^^^^^^^^^^^^^^^^^^^^^ no-quotes-in-volumes
      - './conf:/etc/conf:ro'
        ^^^^^^^^^^^^^^^^^^^^^ no-quotes-in-volumes
      - ./logs:/logs
      - type: volume
        source: "cache"
                ^^^^^^^ no-quotes-in-volumes
        target: '/cache'
                ^^^^^^^^ no-quotes-in-volumes
        volume:
          subpath: "tmp"
                   ^^^^^ no-quotes-in-volumes`,
    'compose.yaml',
    ON,
  );
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /"db-data:\/var\/lib\/data"/);
});

test('stays silent on plain entries, quotes that matter (short or long syntax), and when not enabled', () => {
  expectRule(RULE, 'services:\n  db:\n    image: x:1\n    volumes:\n      - ./a:/a\n      - "./my dir #1:/b"\n      - "*x:/c"\n      - type: volume\n        source: data\n        target: "/d #2"\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  db:\n    image: x:1\n    volumes:\n      - "./a:/a"\n', 'compose.yaml');
});
