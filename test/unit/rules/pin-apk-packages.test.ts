// pin-apk-packages: fires on each unpinned apk add package when turned on; silent on pins, .apk files, variables, --virtual names, and by default.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const on = { ...defaultSettings, rules: { 'pin-apk-packages': 'info' as const } };

test('fires on every unpinned package, at the package', () => {
  expectRule('pin-apk-packages', `FROM alpine:3.20
RUN apk add --no-cache curl jq=1.7.1-r0
                       ^^^^ pin-apk-packages`, 'Dockerfile', on);
});

test('stays silent on =, ~ and > pins, .apk files, $VAR, --virtual and --repository values', () => {
  expectRule('pin-apk-packages', `FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r0 git~2.45 "openssl>3.3"
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0
RUN apk add --no-cache -t .deps --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0
RUN apk add --allow-untrusted /tmp/pkg.apk ./local.apk $PACKAGES
RUN apk del curl`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-apk-packages', `FROM alpine:3.20
RUN apk add --no-cache curl`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-apk-packages', `FROM alpine:3.20
RUN apk add --no-cache foo=1.0 "bar>=2" baz~3.1`, 'Dockerfile', { enable: true, rules: { 'pin-apk-packages': 'warning' } });
});
