// workdir-absolute: fires on a relative WORKDIR with no absolute one before it, stays silent otherwise.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a relative WORKDIR at the start of a stage', () => {
  expectRule('workdir-absolute', `FROM node:22-slim
WORKDIR app
        ^^^ workdir-absolute
FROM node:22-slim
WORKDIR ./src
        ^^^^^ workdir-absolute`);
});

test('stays silent on absolute, Windows and variable paths, and relative ones after an absolute one', () => {
  expectRule('workdir-absolute', `FROM node:22-slim AS base
WORKDIR /app
WORKDIR src
FROM base
WORKDIR tests
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app
FROM node:22-slim
WORKDIR $HOME/app
FROM node:22-slim
WORKDIR "/quoted path"`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('workdir-absolute', `FROM alpine:3.20
WORKDIR /usr/src/app
WORKDIR subdir
WORKDIR $HOME/app
WORKDIR \${APP_HOME}`);
});
