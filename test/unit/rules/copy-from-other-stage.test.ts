// copy-from-other-stage: fires when COPY --from names its own stage, stays silent on earlier stages and images.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on COPY --from naming the current stage, by name or index', () => {
  expectRule('copy-from-other-stage', `FROM golang:1.24 AS build
COPY --from=Build /a /b
            ^^^^^ copy-from-other-stage
FROM alpine:3.20
COPY --from=1 /a /b
            ^ copy-from-other-stage`);
});

test('stays silent on earlier stages, indexes and images', () => {
  expectRule('copy-from-other-stage', `FROM golang:1.24 AS build
FROM alpine:3.20 AS runtime
COPY --from=build /a /b
COPY --from=0 /a /b
COPY --from=nginx:1.27 /etc/nginx /etc/nginx`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('copy-from-other-stage', `FROM debian:12 AS build
FROM debian:12 AS build2
COPY --from=build /some/stuff ./`);
});
