// apt-get-assume-yes: fires on apt-get install/remove/upgrade without -y; silent with -y, --yes, -qq or the apt option; the fix adds -y.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on apt-get install without -y, also through sudo and in heredocs', () => {
  expectRule('apt-get-assume-yes', `FROM debian:12
RUN apt-get update && apt-get install curl
                      ^^^^^^^^^^^^^^^ apt-get-assume-yes
RUN <<EOF
apt-get remove --purge vim
^^^^^^^^^^^^^^ apt-get-assume-yes
EOF`);
});

test('stays silent with -y, --yes, --assume-yes, -qq, bundled flags, the apt option, and on update or exec form', () => {
  expectRule('apt-get-assume-yes', `FROM debian:12
RUN apt-get install -y curl
RUN apt-get -yq install curl
RUN apt-get install --yes curl && apt-get install --assume-yes git
RUN apt-get -qq install curl
RUN apt-get -o APT::Get::Assume-Yes=true install curl
RUN apt-get update
RUN ["apt-get", "install", "curl"]
RUN echo "apt-get install curl"`);
});

test('silent when the SHELL is PowerShell', () => {
  expectRule('apt-get-assume-yes', `FROM debian:12
SHELL ["pwsh", "-Command"]
RUN apt-get install curl`);
});

test('the fix adds -y after the subcommand', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n';
  const finding = lint(text).find((f) => f.ruleId === 'apt-get-assume-yes')!;
  const fix = finding.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n');
  assert.equal(fix.safe, true);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('apt-get-assume-yes', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends python=2.7
RUN apt-get -qq update && apt-get --assume-yes install --no-install-recommends curl
RUN apt-get update && apt-get -qqy install --no-install-recommends curl`);
});

test('stays silent on an apt-get install that names no package, which has nothing to ask about', () => {
  expectRule('apt-get-assume-yes', `FROM debian:bookworm
RUN apt-get update && apt-get install
RUN apt-get install&& echo done`);
});

test('still fires on a package-less apt-get install -f, which may add packages to repair', () => {
  expectRule('apt-get-assume-yes', `FROM debian:bookworm
RUN apt-get install -f
    ^^^^^^^^^^^^^^^ apt-get-assume-yes`);
});
