// valid-definition-description (off by default): fires when the comment right above a named FROM or an ARG does not start with the name.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const on = { enable: true, rules: { 'valid-definition-description': 'info' as const } };
const expect = (annotated: string) => expectRule('valid-definition-description', annotated, 'Dockerfile', on);

test('fires when the comment right above ARG or FROM … AS does not start with the name', () => {
  expect(`# pinned for the 2024 release
ARG VERSION=1.4.2
    ^^^^^^^ valid-definition-description
# the builder
FROM golang:1.24 AS build
                    ^^^^^ valid-definition-description
# VERSION: the release
ARG VERSION
    ^^^^^^^ valid-definition-description
# Build compiles the code, but BuildKit wants the stage name as it keeps it, in lower case
FROM golang:1.24 AS build
                    ^^^^^ valid-definition-description`);
});

test('fires on the last comment of a block, and after the directive header', () => {
  expect(`# syntax=docker/dockerfile:1
# VERSION is the release
# (kept in sync with CI)
ARG VERSION
    ^^^^^^^ valid-definition-description`);
});

test('stays silent when the comment starts with the name, or is separated, absent, a pragma or a directive', () => {
  expect(`# syntax=docker/dockerfile:1
ARG FIRST
# VERSION is the release to build
ARG VERSION=1.4.2
# build compiles the code (BuildKit keeps stage names in lower case)
FROM golang:1.24 AS Build
# a note

ARG OTHER
# a note
#
ARG THIRD
# hadolint ignore=DL3006
FROM node AS web
# check=skip=UndefinedVar
ARG FOURTH
# TWO is one of the names
ARG ONE TWO
# not a stage name, but this FROM names no stage
FROM scratch`);
});

test('stays silent by default', () => {
  expectRule('valid-definition-description', `# note
ARG VERSION`);
});
