// no-unknown-instruction: fires on misspelled keywords with a suggestion, stays silent on heredoc bodies and continuation lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on a misspelled keyword and suggests the closest one', () => {
  const [finding] = expectRule('no-unknown-instruction', `FROM alpine:3.20
RUNN apk add curl
^^^^ no-unknown-instruction
COPPY . /app
^^^^^ no-unknown-instruction
FOOBAR baz
^^^^^^ no-unknown-instruction`);
  assert.match(finding!.message, /did you mean RUN\?/);
});

test('stays silent on heredoc bodies of every shape', () => {
  expectRule('no-unknown-instruction', `FROM alpine:3.20
RUN <<EOF
RUNN not an instruction
FROM neither
EOF
RUN <<-EOT
\tCOPPY x
\tEOT
RUN <<"QUOTED" cat
WORKDIRR
QUOTED
RUN cat <<A > /a && cat <<'B' > /b
FOO a
A
BAR b
B
COPY <<EOF /etc/config
LABELL x
EOF
RUN echo start \\
  && cat <<EOF
INSIDE a heredoc after a continuation
EOF
USER nobody`);
});

test('stays silent on continuation lines and comments inside them', () => {
  expectRule('no-unknown-instruction', `FROM alpine:3.20
RUN apk add \\
# a comment in the middle
    curl \\
    git
run echo lower-case keywords are fine`);
});

test('fires after a heredoc closes: the next line is an instruction again', () => {
  expectRule('no-unknown-instruction', `FROM alpine:3.20
RUN <<EOF
echo hi
EOF
RUNN echo typo
^^^^ no-unknown-instruction`);
});

test('the fix replaces the keyword, keeping its case', () => {
  const text = 'FROM alpine:3.20\nrunn echo hi\n';
  const finding = lint(text).find((f) => f.ruleId === 'no-unknown-instruction');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM alpine:3.20\nrun echo hi\n');
});
