// no-apt-upgrade: fires on whole-system apt-get/apt upgrade, dist-upgrade and full-upgrade; silent on named packages and installs.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on upgrade, dist-upgrade and full-upgrade of everything', () => {
  expectRule('no-apt-upgrade', `FROM debian:12
RUN apt-get update && apt-get -y upgrade && apt-get dist-upgrade -y
                      ^^^^^^^^^^^^^^^^^^ no-apt-upgrade
                                            ^^^^^^^^^^^^^^^^^^^^ no-apt-upgrade
RUN apt full-upgrade -y
    ^^^^^^^^^^^^^^^^ no-apt-upgrade`);
});

test('stays silent on upgrades of named packages, --only-upgrade installs and text that only mentions upgrade', () => {
  expectRule('no-apt-upgrade', `FROM debian:12
RUN apt-get upgrade -y openssl
RUN apt-get install -y --only-upgrade openssl
RUN echo "run apt-get upgrade later"`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-apt-upgrade', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade openssl`);
});
