// valid-yaml: reports syntax errors and duplicate keys where they are, and nothing for valid files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on a duplicate key, at the second occurrence', () => {
  const findings = lint('services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n', 'compose.yaml').filter((f) => f.ruleId === 'valid-yaml');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.range.start.line, 3);
  assert.equal(findings[0]!.severity, 'error');
});

test('fires on an unclosed flow sequence', () => {
  const findings = lint('services:\n  web:\n    ports: ["80:80"\n', 'compose.yaml').filter((f) => f.ruleId === 'valid-yaml');
  assert.ok(findings.length >= 1);
  assert.match(findings[0]!.message, /YAML syntax error/);
});

test('stays silent on valid YAML with anchors, merge keys and several documents', () => {
  expectRule(
    'valid-yaml',
    `x-base: &base
  restart: unless-stopped
services:
  web:
    <<: *base
    image: nginx:1.27
---
services:
  web:
    image: nginx:1.28`,
    'compose.yaml',
  );
});

test('fires on tabs used for indentation with a plain message, without a repeated position', () => {
  const findings = lint('services:\n  web:\n\timage: nginx:1.27\n', 'compose.yaml').filter((finding) => finding.ruleId === 'valid-yaml');
  assert.equal(findings[0]!.range.start.line, 2);
  assert.equal(findings[0]!.message, 'YAML syntax error: Tabs are not allowed for indentation in YAML; indent with spaces.');
  const other = lint('services:\n  web: [a\n', 'compose.yaml').find((finding) => finding.ruleId === 'valid-yaml');
  assert.doesNotMatch(other!.message, /at line \d+, column \d+/);
});
