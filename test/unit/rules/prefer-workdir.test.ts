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
