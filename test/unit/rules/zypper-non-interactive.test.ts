// zypper-non-interactive: fires on zypper install/remove/patch without -n or -y; silent with either, and on read-only subcommands; the fix adds --non-interactive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on zypper commands that ask', () => {
  expectRule('zypper-non-interactive', `FROM opensuse/leap:15.6
RUN zypper install curl && zypper rm vim
    ^^^^^^^^^^^^^^ zypper-non-interactive
                           ^^^^^^^^^ zypper-non-interactive`);
});

test('the fix adds --non-interactive after zypper', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper in curl\n';
  const finding = lint(text).find((f) => f.ruleId === 'zypper-non-interactive')!;
  assert.equal(applyEdits(text, finding.fix!()!.edits), 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl\n');
});

test('stays silent with -n, --non-interactive, -y or --no-confirm, and on refresh or clean', () => {
  expectRule('zypper-non-interactive', `FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper --non-interactive patch
RUN zypper install -y curl && zypper in --no-confirm git
RUN zypper refresh && zypper clean --all`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('zypper-non-interactive', `FROM opensuse/leap:15.5
RUN zypper install -y httpd=2.4.46 && zypper clean
RUN zypper --non-interactive install httpd && zypper clean -a`);
});
