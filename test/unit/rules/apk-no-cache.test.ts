// apk-no-cache: fires on apk add without --no-cache in shipped stages; silent with --no-cache, cache mounts, rm of the cache, or in builder stages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, parseAnnotated } from '../../support/lint';

test('fires on apk add without --no-cache, options before or after add', () => {
  expectRule('apk-no-cache', `FROM alpine:3.20
RUN apk update && apk add curl
                  ^^^^^^^ apk-no-cache
RUN apk --update add git
    ^^^^^^^^^^^^^^^^ apk-no-cache`);
});

test('the fix adds --no-cache after add', () => {
  const { text } = parseAnnotated(`FROM alpine:3.20
RUN apk add curl`);
  const [finding] = expectRule('apk-no-cache', `FROM alpine:3.20
RUN apk add curl
    ^^^^^^^ apk-no-cache`);
  const fix = finding!.fix!();
  assert.equal(applyEdits(text, fix!.edits), `FROM alpine:3.20
RUN apk add --no-cache curl`);
});

test('stays silent with --no-cache, a cache mount, rm of the cache, other subcommands, or in a builder stage', () => {
  expectRule('apk-no-cache', `FROM alpine:3.20 AS build
RUN apk add build-base
FROM alpine:3.20
RUN apk add --no-cache curl
RUN apk --no-cache add git
RUN --mount=type=cache,target=/var/cache/apk apk add -U jq
RUN --mount=type=cache,target=/etc/apk/cache apk add -U jq
RUN apk add --update tini && rm -rf /var/cache/apk/*
RUN apk del curl && apk info
COPY --from=build /out /out`);
});

test('stays silent for apk add --no-network, which downloads nothing (official redis image style)', () => {
  expectRule('apk-no-cache', `FROM alpine:3.20
RUN set -eux; \\
	apk add --no-cache --virtual .build-deps gcc make musl-dev; \\
	make -C /usr/src/redis install; \\
	runDeps="$(scanelf --needed --nobanner --format '%n#p' --recursive /usr/local | tr ',' '\\n' | sort -u)"; \\
	apk add --no-network --virtual .redis-rundeps $runDeps; \\
	apk del --no-network .build-deps`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('apk-no-cache', `FROM alpine:3.20
RUN apk add --no-cache foo=1.0`);
});
