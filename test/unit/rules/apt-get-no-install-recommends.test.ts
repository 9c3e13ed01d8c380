// apt-get-no-install-recommends: fires on apt-get install without the flag; silent with it or the apt option; the fix is offered as unsafe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on apt-get install without --no-install-recommends, across continuation lines', () => {
  expectRule('apt-get-no-install-recommends', `FROM debian:12
RUN apt-get update \\
 && apt-get install -y \\
    ^^^^^^^^^^^^^^^ apt-get-no-install-recommends
      python3`);
});

test('stays silent with the flag, with APT::Install-Recommends=false, and on other subcommands', () => {
  expectRule('apt-get-no-install-recommends', `FROM debian:12
RUN apt-get install -y --no-install-recommends python3
RUN apt-get -o APT::Install-Recommends=false install -y python3
RUN apt-get update && apt-get remove -y python3`);
});

test('the fix inserts the flag and is not marked safe', () => {
  const text = 'FROM debian:12\nRUN apt-get install -y python3\n';
  const fix = lint(text).find((f) => f.ruleId === 'apt-get-no-install-recommends')!.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM debian:12\nRUN apt-get install --no-install-recommends -y python3\n');
  assert.equal(fix.safe, false);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('apt-get-no-install-recommends', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends python=2.7
RUN apt-get update && apt-get -o APT::Install-Recommends=false install -y curl`);
});

test('stays silent on an apt-get install that names no package, which installs nothing', () => {
  expectRule('apt-get-no-install-recommends', `FROM debian:bookworm
RUN apt-get update && apt-get install -y&& rm -rf /var/lib/apt/lists/*`);
});
