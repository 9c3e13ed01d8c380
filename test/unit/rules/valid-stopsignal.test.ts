// valid-stopsignal: fires on unknown signal names and 0; stays silent on names with or without SIG, any case, numbers, real-time signals and variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a misspelt or unknown name, and on 0', () => {
  const [typo] = expectRule('valid-stopsignal', `FROM nginx:1.27
STOPSIGNAL SIGTREM
           ^^^^^^^ valid-stopsignal`);
  assert.match(typo!.message, /did you mean SIGTERM/);
  expectRule('valid-stopsignal', `FROM alpine:3.20
STOPSIGNAL GRACEFUL
           ^^^^^^^^ valid-stopsignal`);
  expectRule('valid-stopsignal', `FROM alpine:3.20
STOPSIGNAL 0
           ^ valid-stopsignal`);
});

test('stays silent on names with or without SIG in any case, numbers, RTMIN+n and variables', () => {
  for (const signal of ['SIGTERM', 'TERM', 'sigquit', 'SIGWINCH', 'SIGRTMIN+3', 'RTMAX-1', '9', '15', '"SIGINT"', '$STOP', '${STOP:-SIGTERM}']) {
    expectRule('valid-stopsignal', `FROM alpine:3.20\nARG STOP\nSTOPSIGNAL ${signal}`);
  }
});

test('stays silent without exactly one argument, which required-arguments judges', () => {
  expectRule('valid-stopsignal', 'FROM alpine:3.20\nSTOPSIGNAL');
  expectRule('valid-stopsignal', 'FROM alpine:3.20\nSTOPSIGNAL SIGTERM SIGKILL');
});
