// quote-base-60-ports: fires on unquoted ports YAML 1.1 reads as base-60 numbers, with a safe quoting fix; silent on quoted ones and parts of 60 or more.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule } from '../../support/lint';

const RULE = 'quote-base-60-ports';

test('fires on unquoted base-60 ports and the fix quotes them', () => {
  const text = `services:
  sftp:
    image: atmoz/sftp:alpine
    ports:
      - 22:22
        ^^^^^ quote-base-60-ports
      - 2222:22
        ^^^^^^^ quote-base-60-ports`;
  const findings = expectRule(RULE, text, 'compose.yaml');
  assert.equal(findings[0]!.severity, 'hint');
  assert.match(findings[0]!.message, /base-60 number \(1342\)/);
  const fix = findings[1]!.fix!()!;
  assert.equal(fix.safe, true);
  const plain = text.split('\n').filter((line) => !line.includes('^')).join('\n');
  assert.match(applyEdits(plain, fix.edits), /- "2222:22"$/);
});

test('stays silent on quoted ports, parts of 60 or more, protocols and addresses', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "22:22"
      - '21:21'
      - 8080:80
      - 53:53/udp
      - 127.0.0.1:22:22
      - 3000`,
    'compose.yaml',
  );
});
