// Settings: per-rule severity by id or alias, "off", and the global enable switch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../support/lint';

const text = 'FROM node:latest\nCMD node x.js\n';

test('default severities apply without settings', () => {
  assert.deepEqual(lint(text).map((f) => [f.ruleId, f.severity]), [['pin-base-image-tag', 'warning'], ['prefer-exec-form', 'warning']]);
});

test('a rule can be turned off by id or by a peer alias, and re-levelled', () => {
  assert.deepEqual(lint(text, 'Dockerfile', { enable: true, rules: { 'pin-base-image-tag': 'off', JSONArgsRecommended: 'info' } }).map((f) => [f.ruleId, f.severity]), [['prefer-exec-form', 'info']]);
  assert.deepEqual(lint(text, 'Dockerfile', { enable: true, rules: { dl3007: 'off' } }).map((f) => f.ruleId), ['prefer-exec-form']);
});

test('an exact id wins over an alias', () => {
  const findings = lint(text, 'Dockerfile', { enable: true, rules: { DL3025: 'off', 'prefer-exec-form': 'hint' } });
  assert.equal(findings.find((f) => f.ruleId === 'prefer-exec-form')?.severity, 'hint');
});

test('enable: false turns everything off', () => {
  assert.deepEqual(lint(text, 'Dockerfile', { enable: false, rules: {} }), []);
});
