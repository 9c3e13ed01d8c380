// yum-assume-yes: fires on yum install/remove/update without -y; silent with -y, --assumeyes, the setopt, yes |, and on read-only subcommands; the fix adds -y.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on subcommands that change packages without -y', () => {
  expectRule('yum-assume-yes', `FROM centos:7
RUN yum install httpd && yum group install "Development Tools"
    ^^^^^^^^^^^ yum-assume-yes
                         ^^^^^^^^^ yum-assume-yes
RUN yum --enablerepo=epel update
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yum-assume-yes`);
});

test('the fix adds -y after the subcommand', () => {
  const text = 'FROM centos:7\nRUN yum install httpd\n';
  const finding = lint(text).find((f) => f.ruleId === 'yum-assume-yes')!;
  const fix = finding.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM centos:7\nRUN yum install -y httpd\n');
});

test('stays silent with -y, --assumeyes, setopt, yes | and read-only subcommands', () => {
  expectRule('yum-assume-yes', `FROM centos:7
RUN yum install -y httpd && yum -y remove vim && yum --assumeyes update
RUN yum --setopt=assumeyes=1 install httpd
RUN yes | yum install httpd
RUN yum clean all && yum makecache && yum list installed && yum info httpd`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('yum-assume-yes', `FROM centos:7
RUN yum install -y httpd-2.24.2 && yum clean all`);
});
