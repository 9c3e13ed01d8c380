// valid-expose: fires on bad ports and protocols, stays silent on ports, ranges, protocols and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on unknown protocols, out-of-range ports, reversed ranges and words', () => {
  expectRule('valid-expose', `FROM alpine:3.20
EXPOSE 80/http 99999 9000-8000 http
       ^^^^^^^ valid-expose
               ^^^^^ valid-expose
                     ^^^^^^^^^ valid-expose
                               ^^^^ valid-expose`);
});

test('stays silent on valid ports, ranges, protocols and variables', () => {
  expectRule('valid-expose', `FROM alpine:3.20
EXPOSE 80 80/tcp 53/udp 9/sctp 8000-8010 443/TCP 0 65535
EXPOSE $PORT \${PORT}/udp
EXPOSE 127.0.0.1:8080:80`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('valid-expose', `FROM alpine:3.20
EXPOSE 80
EXPOSE 8000-8100/tcp 53/udp
ARG PORT=8080
EXPOSE $PORT \${PORT}/tcp`);
});
