// pin-zypper-packages: fires on each unpinned zypper install package; silent on =, <, > versions, .rpm files, patterns and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const on = { enable: true, rules: { 'pin-zypper-packages': 'warning' as const } };

test('fires on every unpinned package, with install or in', () => {
  expectRule('pin-zypper-packages', `FROM opensuse/leap:15.6
RUN zypper --non-interactive install 'curl=8.0.1' git && zypper clean -a
                                                  ^^^ pin-zypper-packages
RUN zypper -n in --from oss vim && zypper clean -a
                            ^^^ pin-zypper-packages`, 'Dockerfile', on);
});

test('stays silent on versions, .rpm files, patterns, variables and other subcommands', () => {
  expectRule('pin-zypper-packages', `FROM opensuse/leap:15.6
RUN zypper install -y 'curl>=8' "git<3" ./tool-1.0.rpm $PKGS && zypper clean -a
RUN zypper install -y -t pattern devel_basis && zypper in -y pattern:lamp_server && zypper clean -a
RUN zypper -n remove curl && zypper refresh`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-zypper-packages', `FROM opensuse/leap:15.6
RUN zypper install -y curl && zypper clean -a`);
});
