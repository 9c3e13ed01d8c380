// apt-lists-cleanup: fires on apt-get update without removing the lists in shipped stages; silent with rm, cache mounts, or in builder stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when the lists are not removed in the same RUN', () => {
  expectRule('apt-lists-cleanup', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
    ^^^^^^^^^^^^^^ apt-lists-cleanup
RUN rm -rf /var/lib/apt/lists/*`);
});

test('fires in a stage the final image is built FROM', () => {
  expectRule('apt-lists-cleanup', `FROM debian:12 AS base
RUN apt update && apt install -y curl
    ^^^^^^^^^^ apt-lists-cleanup
FROM base
CMD ["curl"]`);
});

test('stays silent with rm -rf of the lists, a cache mount, or in a builder stage only copied from', () => {
  expectRule('apt-lists-cleanup', `FROM debian:12 AS build
RUN apt-get update && apt-get install -y build-essential
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update
RUN set -eux; apt-get update; apt-get install -y git; rm -rf /var/lib/apt/lists
COPY --from=build /out /out`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('apt-lists-cleanup', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends python && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends git`);
});
