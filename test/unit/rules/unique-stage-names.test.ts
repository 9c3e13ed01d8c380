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

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('unique-stage-names', `FROM debian:12 AS build
FROM debian:12 AS another-alias
FROM golang:1.22 AS go-builder`);
});
