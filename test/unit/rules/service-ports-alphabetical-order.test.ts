// service-ports-alphabetical-order (off by default): fires on the first port below a higher one; silent on ascending ports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'service-ports-alphabetical-order';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on the first out-of-order port, comparing host ports as numbers', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "443:443"
      - "127.0.0.1:80:80"
        ^^^^^^^^^^^^^^^^^ service-ports-alphabetical-order
      - "8080:8080"`,
    'compose.yaml',
    ON,
  );
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /port 80 belongs before 443/);
});

test('stays silent on ascending ports, long syntax included, and when the rule is not enabled', () => {
  expectRule(RULE, 'services:\n  web:\n    image: x:1\n    ports:\n      - "80:80"\n      - "443:443/tcp"\n      - target: 80\n        published: "8080"\n      - "9000"\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: x:1\n    ports:\n      - "443:443"\n      - "80:80"\n', 'compose.yaml');
});
