// last-user-not-root: fires when the final stage's effective USER is root, stays silent for build stages, non-root users and variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a final stage that switches back to root', () => {
  expectRule('last-user-not-root', `FROM node:22-slim
USER node
RUN npm ci
USER root
     ^^^^ last-user-not-root
CMD ["node", "server.js"]`);
});

test('fires on UID 0 and root with a group', () => {
  expectRule('last-user-not-root', `FROM alpine:3.20
USER 0:0
     ^^^ last-user-not-root`);
  expectRule('last-user-not-root', `FROM alpine:3.20
USER root:wheel
     ^^^^^^^^^^ last-user-not-root`);
});

test('fires on a root USER inherited from the stage the final one builds on', () => {
  const [finding] = expectRule('last-user-not-root', `FROM alpine:3.20 AS base
USER root
     ^^^^ last-user-not-root
FROM base`);
  assert.match(finding!.message, /inherits/);
});

test('stays silent when build stages are root but the final stage is not', () => {
  expectRule('last-user-not-root', `FROM golang:1.24 AS build
USER root
FROM alpine:3.20
USER 10001
FROM alpine:3.20 AS other
USER root
FROM alpine:3.20
RUN adduser -D app
USER app`);
});

test('stays silent without USER, on rootless-looking names and on variables', () => {
  expectRule('last-user-not-root', 'FROM alpine:3.20\nCMD ["sh"]');
  expectRule('last-user-not-root', 'FROM alpine:3.20\nUSER rootless');
  expectRule('last-user-not-root', 'FROM alpine:3.20\nARG U=app\nUSER $U');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('last-user-not-root', `FROM busybox:1.36
USER root
RUN echo hi
USER guest`);
});

test('stays silent on a base image whose ONBUILD trigger switches the images built on it to another user', () => {
  expectRule('last-user-not-root', `FROM debian:12-slim
RUN useradd -m app
USER root
ONBUILD COPY . /home/app/src
ONBUILD USER app`);
});

test('still fires when the ONBUILD trigger switches to root as well', () => {
  expectRule('last-user-not-root', `FROM debian:12-slim
USER root
     ^^^^ last-user-not-root
ONBUILD USER 0`);
});
