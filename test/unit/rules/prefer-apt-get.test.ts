// prefer-apt-get: fires on apt in RUN; silent on apt-get, apt-cache and words that only contain apt; the fix swaps in apt-get.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on apt, also with a path', () => {
  expectRule('prefer-apt-get', `FROM ubuntu:24.04
RUN apt update && /usr/bin/apt install -y curl
    ^^^ prefer-apt-get
                  ^^^^^^^^^^^^ prefer-apt-get`);
});

test('stays silent on apt-get, apt-cache, apt-mark and arguments named apt', () => {
  expectRule('prefer-apt-get', `FROM ubuntu:24.04
RUN apt-get update && apt-cache policy curl && apt-mark hold curl && echo apt`);
});

test('the fix replaces apt with apt-get for shared subcommands only', () => {
  const text = 'FROM ubuntu:24.04\nRUN apt install -y curl && apt list --installed\n';
  const [install, list] = lint(text).filter((f) => f.ruleId === 'prefer-apt-get');
  assert.equal(applyEdits(text, install!.fix!()!.edits), 'FROM ubuntu:24.04\nRUN apt-get install -y curl && apt list --installed\n');
  assert.equal(list!.fix?.(), undefined);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('prefer-apt-get', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends python=2.7
RUN apt-cache policy curl && apt-key list`);
});
