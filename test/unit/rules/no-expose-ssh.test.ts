// no-expose-ssh: fires (info) on EXPOSE 22 over TCP; silent on other ports, UDP and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on port 22 and 22/tcp', () => {
  expectRule('no-expose-ssh', `FROM alpine:3.20
EXPOSE 22
       ^^ no-expose-ssh
EXPOSE 8080 22/TCP
            ^^^^^^ no-expose-ssh`);
});

test('stays silent on other ports, UDP, ranges and variables', () => {
  expectRule('no-expose-ssh', `FROM alpine:3.20
ARG PORT=22
EXPOSE 2222 220 22/udp 20-25 $PORT`);
});
