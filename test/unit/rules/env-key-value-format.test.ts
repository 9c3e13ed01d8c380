// env-key-value-format: fires on the legacy `ENV key value` and `LABEL key value`, stays silent on key=value; the fix rewrites it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on legacy ENV and LABEL', () => {
  expectRule('env-key-value-format', `FROM alpine:3.20
ENV NODE_ENV production
    ^^^^^^^^^^^^^^^^^^^ env-key-value-format
LABEL maintainer someone
      ^^^^^^^^^^^^^^^^^^ env-key-value-format`);
});

test('stays silent on key=value, several pairs and ARG', () => {
  expectRule('env-key-value-format', `FROM alpine:3.20
ENV NODE_ENV=production PORT=3000
ENV PATH="/app/bin:$PATH"
LABEL org.opencontainers.image.title="app"
ARG VERSION`);
});

test('the fix writes key=value, quoting a value with spaces, and is absent when quotes are involved', () => {
  const text = 'FROM alpine:3.20\nENV GREETING hello world\n';
  const finding = lint(text).find((f) => f.ruleId === 'env-key-value-format');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM alpine:3.20\nENV GREETING="hello world"\n');
  const quoted = lint('FROM alpine:3.20\nENV A "b c"\n').find((f) => f.ruleId === 'env-key-value-format');
  assert.equal(quoted!.fix!(), undefined);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('env-key-value-format', `FROM alpine:3.20
ENV DEPS="curl git make"
ENV A=1 \\
    B="two words"
ARG X
LABEL a=b`);
});
