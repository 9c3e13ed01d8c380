// expose-port-only: fires on addresses and host ports in EXPOSE, stays silent on container ports.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on an address with ports and on a host-port mapping', () => {
  expectRule('expose-port-only', `FROM nginx:1.27
EXPOSE 127.0.0.1:80:80 8080:80/tcp
       ^^^^^^^^^^^^^^^ expose-port-only
                       ^^^^^^^^^^^ expose-port-only`);
});

test('stays silent on ports, ranges and variables', () => {
  expectRule('expose-port-only', `FROM nginx:1.27
EXPOSE 80 443/tcp 8000-8010 $PORT`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('expose-port-only', `FROM alpine:3.20
EXPOSE 80/tcp 8080 3000-3005`);
});
