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
