// dnf-clean-all: fires on dnf/microdnf install without a clean in the same RUN of a shipped stage; silent with clean all, rm of the cache, a cache mount, or in builder stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when the RUN that installs does not clean', () => {
  expectRule('dnf-clean-all', `FROM fedora:40
RUN dnf install -y nginx
    ^^^^^^^^^^^ dnf-clean-all`);
  expectRule('dnf-clean-all', `FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y shadow-utils
    ^^^^^^^^^^^^^^^^ dnf-clean-all`);
});

test('stays silent with clean all, rm of the cache, a cache mount, or in a builder stage', () => {
  expectRule('dnf-clean-all', `FROM fedora:40 AS build
RUN dnf install -y gcc
FROM fedora:40
RUN dnf install -y nginx && dnf clean all
RUN dnf -y install git && rm -rf /var/cache/dnf/*
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y vim
RUN microdnf install -y jq && microdnf clean all
COPY --from=build /out /out`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('dnf-clean-all', `FROM fedora:40
RUN dnf install -y httpd-2.24.2 && dnf clean all
RUN dnf install -y httpd && rm -rf /var/cache/dnf`);
});
