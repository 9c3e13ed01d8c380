// pin-npm-packages: fires on unpinned npm install names when turned on; silent on versions, tags, local paths, tarballs, pinned git URLs, bare npm install, and by default.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const on = { ...defaultSettings, rules: { 'pin-npm-packages': 'info' as const } };

test('fires on every unpinned package, scoped ones and GitHub shorthands included', () => {
  expectRule('pin-npm-packages', `FROM node:22
RUN npm install -g typescript @angular/cli pnpm@9.6.0 user/repo
                   ^^^^^^^^^^ pin-npm-packages
                              ^^^^^^^^^^^^ pin-npm-packages
                                                      ^^^^^^^^^ pin-npm-packages`, 'Dockerfile', on);
});

test('stays silent on versions, tags, paths, tarballs, pinned git URLs, bare installs and variables', () => {
  expectRule('pin-npm-packages', `FROM node:22
RUN npm install && npm ci && npm i
RUN npm install -g typescript@5.5.4 @angular/cli@18.1.0 npm@latest
RUN npm install ./packages/core ../shared /opt/lib.tgz https://example.org/pkg.tgz
RUN npm install git+https://github.com/org/repo.git#v1.2.3 github:org/repo#semver:^1.0 user/repo#abc123
RUN npm install --registry https://npm.example.org $PACKAGES`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-npm-packages', `FROM node:22
RUN npm install -g typescript`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-npm-packages', `FROM node:20
RUN npm install express@4.1.1 && npm install @myorg/privatepackage@">=0.1.0" && npm ci && npm install`, 'Dockerfile', { enable: true, rules: { 'pin-npm-packages': 'warning' } });
});
