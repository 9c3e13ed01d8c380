// no-empty-continuation: fires on blank lines inside a continued instruction, stays silent on heredoc bodies and comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on a blank line after a trailing backslash', () => {
  expectRule('no-empty-continuation', `FROM alpine:3.20
RUN apk add \\
\t
^ no-empty-continuation
    curl`);
});

test('fires on a truly empty line too, with an empty range at its start', () => {
  const findings = lint('FROM alpine:3.20\nRUN apk add \\\n\n    curl\n').filter((f) => f.ruleId === 'no-empty-continuation');
  assert.deepEqual(findings.map((f) => f.range), [{ start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }]);
});

test('stays silent on comment lines in a continuation, blank heredoc lines and blank lines between instructions', () => {
  expectRule('no-empty-continuation', `FROM alpine:3.20
RUN apk add \\
# curl is needed for the health check
    curl

RUN <<EOF
echo one

echo two
EOF
RUN echo done \\
`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-empty-continuation', `FROM alpine:3.20
RUN apk add --no-cache \\
    gnupg \\
    curl
RUN apk add --no-cache \\
    # comment line
    git`);
});
