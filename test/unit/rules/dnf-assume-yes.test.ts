// dnf-assume-yes: fires on dnf/dnf5 install without -y; silent with -y, for microdnf (which never asks) and read-only subcommands; the fix adds -y.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on dnf and dnf5 commands that change packages without -y', () => {
  expectRule('dnf-assume-yes', `FROM fedora:40
RUN dnf install nginx
    ^^^^^^^^^^^ dnf-assume-yes
RUN dnf5 --setopt=install_weak_deps=False upgrade
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dnf-assume-yes`);
});

test('the fix adds -y after the subcommand', () => {
  const text = 'FROM fedora:40\nRUN dnf install nginx\n';
  const finding = lint(text).find((f) => f.ruleId === 'dnf-assume-yes')!;
  assert.equal(applyEdits(text, finding.fix!()!.edits), 'FROM fedora:40\nRUN dnf install -y nginx\n');
});

test('stays silent with -y, for microdnf, and on read-only subcommands', () => {
  expectRule('dnf-assume-yes', `FROM fedora:40
RUN dnf install -y nginx && dnf -y module install nodejs:20 && dnf clean all
RUN microdnf install shadow-utils && microdnf clean all
RUN dnf makecache && dnf repolist && dnf search nginx`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('dnf-assume-yes', `FROM fedora:40
RUN dnf install -y httpd-2.24.2 && dnf clean all
RUN microdnf install httpd && microdnf clean all`);
});
