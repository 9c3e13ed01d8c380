// no-overridden-instruction: fires on a CMD, ENTRYPOINT or HEALTHCHECK replaced later in its stage, stays silent across stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on the earlier CMD, ENTRYPOINT and HEALTHCHECK of a stage', () => {
  expectRule('no-overridden-instruction', `FROM node:22-slim
CMD ["npm", "start"]
^^^ no-overridden-instruction
CMD ["node", "server.js"]
ENTRYPOINT ["a"]
^^^^^^^^^^ no-overridden-instruction
ENTRYPOINT ["b"]
HEALTHCHECK NONE
^^^^^^^^^^^ no-overridden-instruction
HEALTHCHECK CMD ["true"]`);
});

test('stays silent on one of each per stage, across several stages', () => {
  expectRule('no-overridden-instruction', `FROM node:22 AS build
CMD ["npm", "test"]
FROM node:22-slim
CMD ["node", "server.js"]
ENTRYPOINT ["tini", "--"]`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-overridden-instruction', `FROM alpine:3.20
CMD ["a"]
FROM alpine:3.20
ENTRYPOINT ["b"]
CMD ["c"]
HEALTHCHECK CMD true`);
});
