// pin-base-image-tag: fires on untagged and :latest images, stays silent on pinned images, stages, scratch and variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on an image without a tag', () => {
  expectRule('pin-base-image-tag', `FROM node
     ^^^^ pin-base-image-tag
RUN echo hi`);
});

test('fires on the latest tag, pointing at the tag', () => {
  expectRule('pin-base-image-tag', `FROM docker.io/library/python:latest AS app
                              ^^^^^^ pin-base-image-tag`);
});

test('fires on every stage that floats, including with --platform', () => {
  expectRule('pin-base-image-tag', `FROM --platform=$BUILDPLATFORM golang AS build
                               ^^^^^^ pin-base-image-tag
FROM alpine:latest
            ^^^^^^ pin-base-image-tag`);
});

test('stays silent on version tags, digests and registry ports', () => {
  expectRule('pin-base-image-tag', `FROM node:22.11-bookworm-slim
FROM python@sha256:0000000000000000000000000000000000000000000000000000000000000000
FROM registry.example.com:5000/team/app:1.4.2
FROM alpine:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000`);
});

test('stays silent on scratch, earlier stages and variable images', () => {
  expectRule('pin-base-image-tag', `ARG BASE=node:22
FROM $BASE AS build
FROM build AS test
FROM Build
FROM scratch
FROM \${BASE}`);
});

test('a stage name is only known after it is declared', () => {
  expectRule('pin-base-image-tag', `FROM builder
     ^^^^^^^ pin-base-image-tag
FROM node:22 AS builder`);
});

test('fires on FROM $VAR when the ARG default floats, silent when it is pinned or unknown', () => {
  expectRule('pin-base-image-tag', `ARG BASE=node
ARG LATEST=python:latest
ARG PINNED=python:3.13-slim
ARG EMPTY
FROM $BASE
     ^^^^^ pin-base-image-tag
FROM \${LATEST} AS two
     ^^^^^^^^^ pin-base-image-tag
FROM $PINNED
FROM $EMPTY
FROM alpine:$TARGETARCH`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-base-image-tag', `FROM debian:jessie
FROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
FROM scratch
FROM debian:jessie AS b
FROM b`);
});

test('names an untagged image with its registry, so the suggested pin does not point at Docker Hub', () => {
  const finding = lint('FROM quay.example.org/team/base\nRUN true\n').find((f) => f.ruleId === 'pin-base-image-tag');
  assert.match(finding!.message, /"quay\.example\.org\/team\/base:<version>"/);
});
