// either-curl-or-wget: fires once per RUN that uses the other download tool of its stage; silent when stages differ or one tool is used.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires when a stage uses both curl and wget', () => {
  expectRule('either-curl-or-wget', `FROM debian:12
RUN curl -fsSLo /tmp/a.tgz https://example.org/a.tgz
RUN wget -nv https://example.org/b.tgz && wget -nv https://example.org/c.tgz
    ^^^^ either-curl-or-wget`);
});

test('stays silent when each stage sticks to one tool', () => {
  expectRule('either-curl-or-wget', `FROM debian:12 AS fetch
RUN wget -nv https://example.org/a.tgz
FROM debian:12
RUN curl -fsSLO https://example.org/b.tgz && curl -fsSLO https://example.org/c.tgz
RUN apt-get install -y --no-install-recommends wget`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('either-curl-or-wget', `FROM debian:12
RUN curl -fsSL https://a -o /a
FROM debian:12
RUN wget -q https://b`);
});
