// valid-from-arg-default: fires when ARG defaults leave FROM empty or invalid; silent when they name an image or a stage.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on an empty default and on a default that leaves a dangling colon', () => {
  expectRule('valid-from-arg-default', `ARG BASE
ARG TAG
FROM $BASE
     ^^^^^ valid-from-arg-default
FROM node:\${TAG}
     ^^^^^^^^^^^ valid-from-arg-default`);
});

test('stays silent on good defaults, stage names, platform ARGs and undeclared names', () => {
  expectRule('valid-from-arg-default', `ARG BASE=debian:12-slim
ARG TAG=22
ARG STAGE=build
FROM $BASE AS build
FROM node:\${TAG:-22}-alpine
FROM \${STAGE}
FROM alpine:3.20-$TARGETARCH
FROM $NOT_DECLARED`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('valid-from-arg-default', `ARG TAG=latest
FROM alpine:\${TAG}
ARG T2
FROM alpine:\${T2:-3.14}
ARG IMG
FROM \${IMG:-alpine}
ARG REG=docker.io
FROM \${REG}/library/alpine:3.20`);
});
