// unique-stage-names: fires on a stage name used twice (case-insensitively), stays silent on distinct names.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on the second stage with the same name', () => {
  expectRule('unique-stage-names', `FROM node:22 AS build
FROM node:22-slim AS BUILD
                     ^^^^^ unique-stage-names`);
});

test('stays silent on distinct and unnamed stages', () => {
  expectRule('unique-stage-names', `FROM node:22 AS build
FROM node:22-slim AS runtime
FROM node:22-slim
FROM node:22-slim`);
});
