// no-self-referencing-env: fires when one ENV uses a variable it sets; silent on self-reference, earlier definitions, quotes and escapes.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a variable used in the ENV that sets it, pointing at the value', () => {
  expectRule('no-self-referencing-env', `FROM alpine:3.20
ENV APP_HOME=/app APP_BIN=$APP_HOME/bin
                          ^^^^^^^^^^^^^ no-self-referencing-env
ENV A=1 \\
    B="\${A:-2}" C=x
      ^^^^^^^^^ no-self-referencing-env`);
});

test('fires on a later pair too', () => {
  expectRule('no-self-referencing-env', `FROM alpine:3.20
ENV B=\${A}x A=1
      ^^^^^ no-self-referencing-env`);
});

test('fires when one ENV sets a name twice and the second value extends it: it extends the old value', () => {
  expectRule('no-self-referencing-env', `FROM alpine:3.20
ENV PATH=/opt/tool/bin:$PATH PATH=/opt/other/bin:$PATH
                                  ^^^^^^^^^^^^^^^^^^^^ no-self-referencing-env`);
});

test('stays silent on self-reference, earlier ARG or ENV, single quotes, escapes and longer names', () => {
  expectRule('no-self-referencing-env', `FROM alpine:3.20
ARG VERSION=1
ENV PATH=/opt/bin:$PATH GOPATH=/go
ENV VERSION=2 TAG=v$VERSION
ENV X=1 Y='$X' Z=\\$X W=$XY
ENV LEGACY value with $LEGACY`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-self-referencing-env', `FROM alpine:3.20
ENV BLA="blubb"
ENV BLUBB="\${BLA}/blubb"
ENV PATH=$PATH:/opt/bin
ENV A=1 B=2`);
});
