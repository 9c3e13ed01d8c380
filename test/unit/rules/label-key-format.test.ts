// label-key-format: fires on upper case, underscores, bad ends, doubled separators and Docker's namespaces; stays silent on good keys and variables.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on keys outside the format, pointing at the key', () => {
  expectRule('label-key-format', `FROM alpine:3.20
LABEL Version="1.0" build_date="2024" 1st=x
      ^^^^^^^ label-key-format
                    ^^^^^^^^^^ label-key-format
                                      ^^^ label-key-format
LABEL org..example=x org.example-=x com.docker.extension.name=x io.docker.x=1 org.dockerproject.y=2
      ^^^^^^^^^^^^ label-key-format
                     ^^^^^^^^^^^^ label-key-format
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^ label-key-format
                                                                ^^^^^^^^^^^ label-key-format
                                                                              ^^^^^^^^^^^^^^^^^^^ label-key-format`);
});

test('stays silent on reverse-DNS keys, short keys and keys made from variables', () => {
  expectRule('label-key-format', `FROM alpine:3.20
ARG KEY=x
LABEL org.opencontainers.image.source="https://example.com" maintainer="me" a=1 com.example.app-name=x
LABEL "quoted.key"=1 \${KEY}=y`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('label-key-format', `FROM alpine:3.20
LABEL org.opencontainers.image.title="x" com.example.vendor="ACME" version="1.0" maintainer="a@b.c"`);
});
