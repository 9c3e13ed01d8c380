// prefer-workdir: fires on cd in a RUN, in the line or a heredoc script; silent for cd inside ( … ) or $( … ), WORKDIR, and non-POSIX shells.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on cd as a command of the RUN', () => {
  expectRule('prefer-workdir', `FROM node:22
RUN cd /app && npm ci
    ^^^^^^^ prefer-workdir
RUN set -eux; cd /usr/src/app; make
              ^^^^^^^^^^^^^^^ prefer-workdir
RUN <<EOF
cd /srv
^^^^^^^ prefer-workdir
ls
EOF`);
});

test('stays silent for cd in a subshell or substitution, for WORKDIR, and under PowerShell', () => {
  expectRule('prefer-workdir', `FROM node:22
WORKDIR /app
RUN (cd vendor/lib && make) && make
RUN root="$(cd "$(dirname "$0")" && pwd)" && echo "$root"
RUN echo cd /tmp
SHELL ["pwsh", "-Command"]
RUN cd C:/app`);
});

test('stays silent for cd back out, into a temporary folder, or into a folder the same RUN deletes', () => {
  expectRule('prefer-workdir', `FROM debian:12
RUN set -eux; \\
	mkdir -p /usr/src/python; \\
	tar -xf python.tar.xz -C /usr/src/python --strip-components=1; \\
	cd /usr/src/python; \\
	./configure && make -j "$(nproc)" && make install; \\
	cd /; \\
	rm -rf /usr/src/python
RUN tmp="$(mktemp -d)" && cd "$(mktemp -d)" && cd /tmp/build && cd - && cd .. && cd ../.. && cd
RUN git clone https://example.org/tool.git && cd tool/src && make install && cd ../.. && rm -rf tool`);
});

test('still fires for cd into a folder that stays', () => {
  expectRule('prefer-workdir', `FROM debian:12
RUN cd /usr/src/python && make && rm -rf /usr/src/other
    ^^^^^^^^^^^^^^^^^^ prefer-workdir`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('prefer-workdir', `FROM busybox:1.36
WORKDIR /usr/src/app
RUN git pull`);
});
