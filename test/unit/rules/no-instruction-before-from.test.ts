// no-instruction-before-from: fires on instructions before the first FROM, stays silent on ARG, comments and directives.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on RUN and ENV before FROM', () => {
  expectRule('no-instruction-before-from', `ENV A=1
^^^ no-instruction-before-from
RUN echo hi
^^^ no-instruction-before-from
FROM alpine:3.20`);
});

test('stays silent on ARG, directives and comments before FROM, and on unknown keywords (reported elsewhere)', () => {
  expectRule('no-instruction-before-from', `# syntax=docker/dockerfile:1
# a comment
ARG VERSION=3.20
RUNN typo
FROM alpine:\${VERSION}
RUN echo hi`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-instruction-before-from', `# syntax=docker/dockerfile:1
# escape=\\
ARG BASE=alpine:3.20
FROM \${BASE}`);
});
