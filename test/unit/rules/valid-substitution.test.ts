// valid-substitution: fires on modifiers BuildKit rejects and on ones newer than the pinned frontend; silent on supported forms.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on bash-only forms, colon forms of replacement, and an empty ${}', () => {
  expectRule('valid-substitution', `FROM alpine:3.20
ENV PREFIX=\${PREFIX:=/usr/local}
           ^^^^^^^^^^^^^^^^^^^^^ valid-substitution
ENV A=\${B=x} C=\${D:/x/y} E=\${}
      ^^^^^^ valid-substitution
               ^^^^^^^^^ valid-substitution
                           ^^^ valid-substitution`);
});

test('fires on each rejected form at its own place', () => {
  expectRule('valid-substitution', `FROM alpine:3.20
ARG B=1
ENV C=\${B:/x/y}
      ^^^^^^^^^ valid-substitution
WORKDIR /\${}
         ^^^ valid-substitution`);
});

test('fires on forms newer than the pinned frontend, naming the version', () => {
  expectRule('valid-substitution', `# syntax=docker/dockerfile:1.5
FROM alpine:3.20
ARG V=v1
ENV A=\${V#v} B=\${V-x} C=\${V:-x}
      ^^^^^^ valid-substitution
               ^^^^^^ valid-substitution`);
});

test('stays silent on supported forms, in RUN, and without a pinned version', () => {
  expectRule('valid-substitution', `FROM alpine:3.20
ARG V=v1.2.3
ENV A=\${V:-x} B=\${V:+y} C=\${V:?set V} D=\${V-x} E=\${V#v} F=\${V##*.} G=\${V%.*} H=\${V%%.*} I=\${V/./-} J=\${V//./-}
RUN echo \${V:=x} \${}`);
});
