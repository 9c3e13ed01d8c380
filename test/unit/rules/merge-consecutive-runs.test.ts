// merge-consecutive-runs: fires on a short RUN right after another short RUN with the same flags; silent across other instructions, long RUNs, different flags and stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on short consecutive RUNs, comments between them included', () => {
  expectRule('merge-consecutive-runs', `FROM debian:12
RUN mkdir -p /app/data
# and then
RUN chown app /app/data
^^^ merge-consecutive-runs`);
  expectRule('merge-consecutive-runs', `FROM debian:12
RUN --mount=type=secret,id=npm cat /run/secrets/npm
RUN --mount=type=secret,id=npm ls /run/secrets
^^^ merge-consecutive-runs`);
});

test('stays silent across other instructions, for RUNs that chain commands, different flags and new stages', () => {
  expectRule('merge-consecutive-runs', `FROM debian:12
RUN mkdir -p /app
WORKDIR /app
RUN touch a
RUN set -eux; apt-get update; apt-get install -y curl
RUN touch b
RUN cd /src && make
RUN make install
RUN --mount=type=secret,id=a cat /run/secrets/a
RUN --mount=type=secret,id=b cat /run/secrets/b
FROM debian:12
RUN touch c`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('merge-consecutive-runs', `FROM alpine:3.20
RUN foo && bar
COPY a b
RUN baz
FROM alpine:3.20
RUN a
RUN --mount=type=cache,target=/root/.cache b`);
});
