// prefer-shell-instruction: fires on ln that replaces /bin/sh; silent when /bin/sh is only the link's target.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a link named /bin/sh', () => {
  expectRule('prefer-shell-instruction', `FROM ubuntu:24.04
RUN ln -sf /bin/bash /bin/sh
    ^^^^^^^^^^^^^^^^^^^^^^^^ prefer-shell-instruction
RUN rm /bin/sh && ln -s bash /usr/bin/sh
                  ^^^^^^^^^^^^^^^^^^^^^^ prefer-shell-instruction`);
});

test('stays silent when /bin/sh is the target or not involved', () => {
  expectRule('prefer-shell-instruction', `FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ln -s /bin/sh /usr/local/bin/sh && ln -s /usr/bin/python3 /usr/bin/python`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('prefer-shell-instruction', `FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN echo hello
RUN bash -c "echo hi" && sh ./script.sh
RUN /bin/sh /scripts/x.sh`);
});
