// no-zypper-dist-upgrade: fires on zypper dist-upgrade and dup, options before them included; silent on update, install and other tools.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on dist-upgrade and dup, from the command to the subcommand', () => {
  expectRule('no-zypper-dist-upgrade', `FROM opensuse/tumbleweed
RUN zypper refresh && zypper dist-upgrade -y
                      ^^^^^^^^^^^^^^^^^^^ no-zypper-dist-upgrade
RUN zypper --non-interactive dup && zypper clean -a
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-zypper-dist-upgrade`);
});

test('stays silent on update of named packages, install, and apt upgrades', () => {
  expectRule('no-zypper-dist-upgrade', `FROM opensuse/leap:15.6
RUN zypper -n update openssl && zypper -n install curl && zypper clean -a
RUN echo zypper dup
RUN apt-get dist-upgrade -y`);
});
