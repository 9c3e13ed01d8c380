// pin-dnf-packages: fires on each unpinned dnf/microdnf install package; silent on name-version, .rpm files, streams, groups and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const on = { enable: true, rules: { 'pin-dnf-packages': 'warning' as const } };

test('fires on every unpinned package of dnf, dnf5 and microdnf', () => {
  expectRule('pin-dnf-packages', `FROM fedora:40
RUN dnf install -y nginx-1.20.1 python3-devel && dnf clean all
                                ^^^^^^^^^^^^^ pin-dnf-packages
RUN microdnf install -y shadow-utils && microdnf clean all
                        ^^^^^^^^^^^^ pin-dnf-packages
RUN dnf5 install -y git && dnf5 clean all
                    ^^^ pin-dnf-packages`, 'Dockerfile', on);
});

test('stays silent on versions, .rpm files, streams, groups, variables and yum', () => {
  expectRule('pin-dnf-packages', `FROM fedora:40
RUN dnf install -y nginx-1:1.20.1-14.el9 tzdata-2024a-1.fc40.noarch ./tool-1.0.rpm && dnf clean all
RUN dnf module install -y nodejs:20 && dnf group install -y "Development Tools" && dnf clean all
RUN dnf install -y @development-tools $PKGS && dnf clean all
RUN dnf upgrade -y && yum install -y httpd`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-dnf-packages', `FROM fedora:40
RUN dnf install -y nginx && dnf clean all`);
});
