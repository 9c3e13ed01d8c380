// required-arguments: fires on instructions missing what BuildKit requires, stays silent on complete ones and heredoc COPY.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on FROM, COPY, WORKDIR, EXPOSE and ENV without what they need', () => {
  expectRule('required-arguments', `FROM
^^^^ required-arguments
FROM alpine:3.20 AS
     ^^^^^^^^^^^^^^ required-arguments
COPY package.json
     ^^^^^^^^^^^^ required-arguments
WORKDIR
^^^^^^^ required-arguments
EXPOSE
^^^^^^ required-arguments
ENV ONLYKEY
    ^^^^^^^ required-arguments`);
});

test('fires on a HEALTHCHECK without CMD or NONE, or CMD without a command', () => {
  expectRule('required-arguments', `FROM alpine:3.20
HEALTHCHECK curl -f http://localhost/
            ^^^^ required-arguments
HEALTHCHECK CMD
            ^^^ required-arguments`);
});

test('stays silent on complete instructions, JSON COPY, heredoc COPY and HEALTHCHECK NONE', () => {
  expectRule('required-arguments', `FROM alpine:3.20 AS base
COPY ["a b.txt", "/app/"]
COPY <<EOF /etc/app.conf
one
EOF
COPY --chown=1000:1000 a b /app/
WORKDIR /srv/my app
ENV A=1 B="2 3"
ENV LEGACY value with spaces
LABEL version=1
EXPOSE 80
HEALTHCHECK NONE
HEALTHCHECK --interval=30s CMD ["true"]
RUN true
CMD ["sh"]`);
});
