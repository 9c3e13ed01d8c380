// zypper-clean: fires on zypper install without a clean in the same RUN of a shipped stage; silent with zypper clean/cc, rm of the cache, a cache mount, or in builder stages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when the RUN that installs does not clean', () => {
  expectRule('zypper-clean', `FROM opensuse/leap:15.6
RUN zypper -n install curl
    ^^^^^^^^^^^^^^^^^ zypper-clean`);
});

test('stays silent with zypper clean or cc, rm of the cache, a cache mount, or in a builder stage', () => {
  expectRule('zypper-clean', `FROM opensuse/leap:15.6 AS build
RUN zypper -n in gcc
FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper clean --all
RUN zypper -n in git && zypper cc -a
RUN zypper -n in vim && rm -rf /var/cache/zypp/*
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in jq
COPY --from=build /out /out`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('zypper-clean', `FROM opensuse/leap:15.5
RUN zypper install -y httpd=2.4.46 && zypper clean
RUN zypper -n in httpd && zypper cc -a`);
});
