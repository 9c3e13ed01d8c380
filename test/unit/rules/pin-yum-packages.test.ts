// pin-yum-packages: fires on each unpinned yum install package; silent on name-version, .rpm files, modules with a stream, groups and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const on = { enable: true, rules: { 'pin-yum-packages': 'warning' as const } };

test('fires on every unpinned package, at the package', () => {
  expectRule('pin-yum-packages', `FROM centos:7
RUN yum install -y httpd-2.4.6 python3-pip && yum clean all
                               ^^^^^^^^^^^ pin-yum-packages`, 'Dockerfile', on);
});

test('fires on a module without a stream', () => {
  expectRule('pin-yum-packages', `FROM rockylinux:8
RUN yum module install -y nodejs && yum clean all
                          ^^^^^^ pin-yum-packages`, 'Dockerfile', on);
});

test('stays silent on versions, releases, .rpm files, streams, groups, variables and other subcommands', () => {
  expectRule('pin-yum-packages', `FROM centos:7
RUN yum install -y tomcat-9.2 httpd-2.4.57-5.el9 bash-0:5.1.8-6.el9.x86_64 && yum clean all
RUN yum install -y ./vendor/tool.rpm https://example.com/x.rpm && yum clean all
RUN yum --enablerepo=epel install -y jq-1.6 @development && yum clean all
RUN yum module install -y nodejs:18 && yum clean all
RUN yum install -y $PACKAGES "\${EXTRA}" && yum clean all
RUN yum remove -y httpd && yum update -y && dnf install -y nginx`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-yum-packages', `FROM centos:7
RUN yum install -y httpd && yum clean all`);
});
