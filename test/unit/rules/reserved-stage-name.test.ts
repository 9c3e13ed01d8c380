// reserved-stage-name: fires on stages named scratch or context, stays silent on other names and on FROM scratch.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on scratch and context as stage names', () => {
  expectRule('reserved-stage-name', `FROM alpine:3.20 AS scratch
                    ^^^^^^^ reserved-stage-name
FROM alpine:3.20 AS Context
                    ^^^^^^^ reserved-stage-name`);
});

test('stays silent on FROM scratch and ordinary names', () => {
  expectRule('reserved-stage-name', `FROM scratch AS empty
FROM alpine:3.20 AS scratchpad`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('reserved-stage-name', `FROM ubuntu:24.04 AS base
FROM base AS scratchpad`);
});
