// pin-apt-packages: fires on each unpinned apt-get install package; silent on pins, releases, .deb files, variables and option values.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

// Off by default (mirrors drop old versions); these tests turn it on as a team would.
const on = { ...defaultSettings, rules: { 'pin-apt-packages': 'info' as const } };

test('fires on every unpinned package, at the package', () => {
  expectRule('pin-apt-packages', `FROM debian:12
RUN apt-get install -y --no-install-recommends curl git=1:2.39.2-1.1
                                               ^^^^ pin-apt-packages`, 'Dockerfile', on);
});

test('stays silent on pins, -t release values, package/release, .deb files, $VAR and -o values', () => {
  expectRule('pin-apt-packages', `FROM debian:12
RUN apt-get install -y -t bookworm-backports golang=2:1.21~2
RUN apt-get install -y --target-release bookworm-backports golang/bookworm-backports
RUN apt-get install -y ./vendor/tool.deb /tmp/x.deb
RUN apt-get install -y $PACKAGES "\${EXTRA}" $(cat /tmp/packages.txt)
RUN apt-get -o Dpkg::Options::=--force-confold install -y curl=7.88.1-10
RUN apt-get update && apt-get remove -y curl`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-apt-packages', `FROM debian:12
RUN apt-get install -y curl`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-apt-packages', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends python=2.7 && rm -rf /var/lib/apt/lists/*`, 'Dockerfile', { enable: true, rules: { 'pin-apt-packages': 'warning' } });
});
