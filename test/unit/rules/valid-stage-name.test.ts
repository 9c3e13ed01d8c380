// valid-stage-name: fires on names BuildKit rejects, stays silent on valid names and names built from variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on names starting with a digit or holding symbols', () => {
  expectRule('valid-stage-name', `FROM alpine:3.20 AS 1build
                    ^^^^^^ valid-stage-name
FROM alpine:3.20 AS my/stage
                    ^^^^^^^^ valid-stage-name`);
});

test('stays silent on valid names, upper case included', () => {
  expectRule('valid-stage-name', `FROM alpine:3.20 AS build-1.2_x
FROM alpine:3.20 AS Runtime
FROM alpine:3.20 AS \${NAME}`);
});
