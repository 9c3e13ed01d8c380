// yum-clean-all: fires on yum install without a clean in the same RUN of a shipped stage; silent with yum/dnf clean all, rm of the cache, a cache mount, or in builder stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when the RUN that installs does not clean', () => {
  expectRule('yum-clean-all', `FROM centos:7
RUN yum install -y httpd
    ^^^^^^^^^^^ yum-clean-all
RUN yum clean all`);
});

test('stays silent with clean all, rm of the cache, a cache mount, or in a builder stage', () => {
  expectRule('yum-clean-all', `FROM centos:7 AS build
RUN yum install -y gcc make
FROM centos:7
RUN yum install -y httpd && yum clean all
RUN yum install -y git && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum yum install -y vim
RUN yum -y install mod_ssl && dnf clean all
COPY --from=build /out /out`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('yum-clean-all', `FROM centos:7
RUN yum install -y httpd-2.24.2 && yum clean all
RUN yum install -y httpd && rm -rf /var/cache/yum/*`);
});
