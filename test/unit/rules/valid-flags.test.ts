// valid-flags: fires on unknown and repeated flags, warns with the needed version for newer ones, stays silent on valid flags.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on ADD --from, COPY --checksum and a misspelled flag', () => {
  const findings = expectRule('valid-flags', `FROM alpine:3.20 AS build
FROM alpine:3.20
ADD --from=build /a /b
      ^^^^ valid-flags
COPY --checksum=sha256:abc a /b
       ^^^^^^^^ valid-flags
RUN --mont=type=cache,target=/x true
      ^^^^ valid-flags`);
  assert.match(findings[2]!.message, /did you mean --mount\?/);
  assert.ok(findings.every((f) => f.severity === 'error'));
});

test('fires on a flag given twice, but not on the repeatable --mount', () => {
  expectRule('valid-flags', `FROM alpine:3.20
COPY --chown=1 --chown=2 a /b
                 ^^^^^ valid-flags
RUN --mount=type=cache,target=/a --mount=type=cache,target=/b true`);
});

test('warns, naming the version, when the pinned frontend is too old or not labs', () => {
  const findings = expectRule('valid-flags', `# syntax=docker/dockerfile:1.7
FROM alpine:3.20
COPY --parents a/b /c/
       ^^^^^^^ valid-flags
RUN --device=/dev/fuse true
      ^^^^^^ valid-flags`);
  assert.ok(findings.every((f) => f.severity === 'warning'));
  assert.match(findings[0]!.message, /1\.20/);
  assert.match(findings[1]!.message, /labs/);
});

test('stays silent on new flags with a new enough or labs frontend, and with no syntax line', () => {
  const body = 'FROM alpine:3.20\nCOPY --parents --exclude=*.md a/b /c/\nRUN --security=insecure true\n';
  for (const syntax of ['# syntax=docker/dockerfile:1\n', '# syntax=docker/dockerfile:1.7-labs\n', '# syntax=docker.io/docker/dockerfile:1.20\n', '']) {
    assert.deepEqual(lint(syntax + body).filter((f) => f.ruleId === 'valid-flags'), [], syntax);
  }
});

test('stays silent on every documented flag and under a custom frontend', () => {
  expectRule('valid-flags', `FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
RUN --mount=type=secret,id=token --network=none true
COPY --from=build --chown=1:1 --chmod=755 --link a /b
ADD --chown=1 --chmod=644 --link --keep-git-dir --checksum=sha256:abc --unpack=false https://example.com/a.tar /b
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD ["true"]`);
  expectRule('valid-flags', `# syntax=example.com/my/frontend:2
FROM alpine:3.20
COPY --whatever a /b`);
});

test('stays silent on RUN --security under the old experimental channel, the labs channel of dockerfile 1.0 and 1.1', () => {
  for (const syntax of ['# syntax=docker/dockerfile:1.1.3-experimental\n', '# syntax = docker/dockerfile:experimental\n']) {
    assert.deepEqual(lint(`${syntax}FROM alpine:3.20\nRUN --security=insecure true\n`).filter((f) => f.ruleId === 'valid-flags'), [], syntax);
  }
});
