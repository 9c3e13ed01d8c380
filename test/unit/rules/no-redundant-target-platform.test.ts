// no-redundant-target-platform: fires on --platform=$TARGETPLATFORM, stays silent on other platforms.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on $TARGETPLATFORM in both spellings', () => {
  expectRule('no-redundant-target-platform', `FROM --platform=$TARGETPLATFORM alpine:3.20
     ^^^^^^^^^^^^^^^^^^^^^^^^^^ no-redundant-target-platform
FROM --platform=\${TARGETPLATFORM} alpine:3.20
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-redundant-target-platform`);
});

test('stays silent on $BUILDPLATFORM and on no flag', () => {
  expectRule('no-redundant-target-platform', `FROM --platform=$BUILDPLATFORM golang:1.24 AS build
FROM alpine:3.20`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-redundant-target-platform', `FROM alpine:3.20 AS builder
FROM --platform=$BUILDPLATFORM alpine:3.20`);
});
