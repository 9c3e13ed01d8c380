// no-undefined-arg-in-from: fires on FROM variables that no global ARG declares; silent on global and platform ARGs.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on an undeclared name in the image and in --platform, with did you mean', () => {
  const findings = expectRule('no-undefined-arg-in-from', `ARG NODE_VERSION=22
FROM node:\${NODE_VERISON}-alpine
          ^^^^^^^^^^^^^^^ no-undefined-arg-in-from
FROM --platform=$PLATFROM alpine:3.20
                ^^^^^^^^^ no-undefined-arg-in-from`);
  if (!findings[0]!.message.includes('$NODE_VERSION')) throw new Error(findings[0]!.message);
});

test('fires when the ARG is declared only after the first FROM', () => {
  expectRule('no-undefined-arg-in-from', `FROM alpine:3.20 AS base
ARG IMAGE=alpine:3.20
FROM $IMAGE
     ^^^^^^ no-undefined-arg-in-from`);
});

test('stays silent on global ARGs, with or without defaults, and on platform ARGs', () => {
  expectRule('no-undefined-arg-in-from', `ARG BASE=debian
ARG TAG
FROM \${BASE}:\${TAG:-12} AS one
FROM --platform=$BUILDPLATFORM golang:1.23 AS build
FROM --platform=\${TARGETPLATFORM} alpine:3.20
RUN echo $UNDECLARED`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-undefined-arg-in-from', `ARG ALPINE_VERSION=3.20
FROM alpine:\${ALPINE_VERSION}
FROM --platform=$BUILDPLATFORM alpine:3.20`);
});
