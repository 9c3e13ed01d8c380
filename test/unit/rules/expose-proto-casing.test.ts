// expose-proto-casing: fires on upper-case protocols, stays silent on lower case; the fix lowers them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on 80/TCP and 53/Udp', () => {
  expectRule('expose-proto-casing', `FROM nginx:1.27
EXPOSE 80/TCP 53/Udp
          ^^^ expose-proto-casing
                 ^^^ expose-proto-casing`);
});

test('stays silent on lower case and on ports without a protocol', () => {
  expectRule('expose-proto-casing', `FROM nginx:1.27
EXPOSE 80 443/tcp 53/udp`);
});

test('the fix lowers the protocol', () => {
  const text = 'FROM nginx:1.27\nEXPOSE 80/TCP\n';
  const finding = lint(text).find((f) => f.ruleId === 'expose-proto-casing');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM nginx:1.27\nEXPOSE 80/tcp\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('expose-proto-casing', `FROM alpine:3.20
EXPOSE 80/tcp 53/udp 9000/sctp`);
});
