// no-constant-platform: fires on a literal FROM --platform, stays silent on variables and platform-named stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a constant platform', () => {
  expectRule('no-constant-platform', `FROM --platform=linux/amd64 alpine:3.20 AS base
                ^^^^^^^^^^^ no-constant-platform`);
});

test('stays silent on variables and on stages named for their platform', () => {
  expectRule('no-constant-platform', `FROM --platform=$BUILDPLATFORM golang:1.24 AS build
FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
FROM build_\${TARGETARCH} AS final`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks) (1)', () => {
  expectRule('no-constant-platform', `FROM debian:12
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
FROM --platform=\${TARGETPLATFORM:-linux/amd64} alpine:3.20`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks) (2)', () => {
  expectRule('no-constant-platform', `FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
RUN apk add --no-cache git
FROM --platform=linux/arm64 alpine:3.20 AS build_arm64
RUN apk add --no-cache git
FROM build_\${TARGETARCH} AS build
FROM --platform=\${BUILDPLATFORM} alpine:3.20 AS base`);
});
