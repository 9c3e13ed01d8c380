// use-pipefail: fires on a RUN with a pipe when pipefail is off; silent with a pipefail SHELL or set -o pipefail, for pipes in $( … ), echo/yes feeders, and non-POSIX shells.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on the first pipeline of a RUN without pipefail', () => {
  expectRule('use-pipefail', `FROM debian:12
RUN curl -fsSL https://example.org/app.tgz | tar -xz -C /opt && curl -fsSL https://x | sh
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ use-pipefail
RUN set -eux; wget -qO- https://example.org/key.asc | gpg --dearmor > /usr/share/keyrings/x.gpg
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ use-pipefail
SHELL ["/bin/bash", "-c"]
RUN cat /etc/os-release | grep VERSION
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ use-pipefail`);
});

test('stays silent with pipefail on, pipes in substitutions, harmless feeders and non-POSIX shells', () => {
  expectRule('use-pipefail', `FROM debian:12
RUN set -euxo pipefail; curl -fsSL https://example.org/app.tgz | tar -xz
RUN set -o errexit -o pipefail && curl -fsSL https://x | tar -xz
RUN arch="$(dpkg --print-architecture | awk -F- '{ print $NF }')" && echo "$arch"
RUN echo "$SHA256  /tmp/app.tgz" | sha256sum -c - && yes | apt-get install curl && printf 'a\\n' | tee /x
RUN curl -fsSL https://example.org/a || true
FROM alpine:3.20
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -qO- https://example.org/app.tgz | tar -xz
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem | Select-Object Name`);
});

test('stays silent when the pipeline ends in a checksum check, which fails on empty input', () => {
  expectRule('use-pipefail', `FROM debian:12
RUN grep " node-v20.15.1-linux-x64.tar.xz\\$" SHASUMS256.txt | sha256sum -c - \\
  && curl -fsSL https://example.org/app.sha512 | sha512sum --check --strict \\
  && cat SUMS | grep app | md5sum -c
RUN curl -fsSL https://example.org/SHA256SUMS | sha256sum -c && curl -fsSL https://x | tar -xz
                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ use-pipefail`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('use-pipefail', `FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
FROM debian:12
RUN set -o pipefail && wget -O - https://some.site | wc -l > /number
FROM alpine:3.20
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -O - https://x | wc -l
FROM debian:12
RUN ["/bin/bash", "-c", "set -o pipefail && wget -O - https://some.site | wc -l > /number"]`);
});
