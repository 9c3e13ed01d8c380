// useradd-no-log-init: fires on useradd with a UID of six digits or more and no -l; silent with -l/--no-log-init, small or variable UIDs; the fix adds --no-log-init.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on a large UID without --no-log-init', () => {
  expectRule('useradd-no-log-init', `FROM debian:12
RUN useradd -u 1000000 app && useradd --uid=123456 -m other
    ^^^^^^^ useradd-no-log-init
                              ^^^^^^^ useradd-no-log-init`);
});

test('the fix adds --no-log-init after useradd', () => {
  const text = 'FROM debian:12\nRUN useradd -u 1000000 app\n';
  const finding = lint(text).find((f) => f.ruleId === 'useradd-no-log-init')!;
  const fix = finding.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM debian:12\nRUN useradd --no-log-init -u 1000000 app\n');
  assert.equal(fix.safe, true);
});

test('stays silent with -l or --no-log-init, small UIDs, variable UIDs and no UID', () => {
  expectRule('useradd-no-log-init', `FROM debian:12
RUN useradd -l -u 1000000 app && useradd --no-log-init --uid 2000000 b && useradd -lu 3000000 c
RUN useradd -u 10001 app2 && useradd -u "$UID" app3 && useradd -m app4`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('useradd-no-log-init', `FROM debian:12
RUN useradd -l -u 123456 foobar
RUN useradd -u 1000 app
RUN useradd --no-log-init -u 2000000 big`);
});
