// require-quotes-in-ports (off by default): fires on unquoted ports and expose entries; silent on quoted ones and long syntax.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'require-quotes-in-ports';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on each unquoted port and expose entry', () => {
  const [first, second] = expectRule(
    RULE,
    `services:
  web:
    image: x:1
    ports:
      - 8080:80
        ^^^^^^^ require-quotes-in-ports
      - "443:443"
    expose:
      - 9000
        ^^^^ require-quotes-in-ports`,
    'compose.yaml',
    ON,
  );
  assert.equal(first!.severity, 'warning');
  assert.match(first!.message, /ports entry \("8080:80"\)/);
  assert.match(second!.message, /expose entry/);
});

test('stays silent on quoted entries and long syntax, and when the rule is not enabled', () => {
  expectRule(RULE, "services:\n  web:\n    image: x:1\n    ports:\n      - '80:80'\n      - target: 80\n    expose: [\"9000\"]\n", 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: x:1\n    ports:\n      - 8080:80\n', 'compose.yaml');
});
