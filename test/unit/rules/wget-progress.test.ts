// wget-progress: fires on GNU wget without a progress or verbosity option; silent with --progress, -q, -nv, -o, on Alpine/BusyBox stages and with $WGET_OPTS.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on wget without a progress style', () => {
  expectRule('wget-progress', `FROM debian:12
RUN wget -O /tmp/tool.tgz "https://example.org/tool-\${VERSION}.tgz"
    ^^^^ wget-progress
FROM debian:12 AS base
FROM base
RUN wget https://example.org/a.tgz
    ^^^^ wget-progress`);
});

test('stays silent with a progress or quiet option, on Alpine or BusyBox, and with an options variable', () => {
  expectRule('wget-progress', `FROM debian:12
RUN wget --progress=dot:giga https://example.org/a.tgz
RUN wget -nv https://example.org/a.tgz && wget -qO- https://example.org/b.txt && wget --no-verbose https://example.org/c
RUN wget -o /tmp/wget.log https://example.org/a.tgz && wget --quiet https://example.org/b
RUN wget $WGET_OPTS https://example.org/a.tgz
FROM alpine:3.20
RUN wget https://example.org/a.tgz
FROM busybox:1.36
RUN wget https://example.org/a.tgz`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('wget-progress', `FROM debian:12
RUN wget --progress=dot:giga https://example.org/a.tgz
RUN wget -q https://example.org/b && wget -nv https://example.org/c && wget -O- -q https://x | tar x`);
});
