// no-ignored-directive: fires on syntax/escape/check lines below the header; silent in the header, in heredocs, and on check comments above an instruction.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a syntax line after a comment, a blank line or an instruction', () => {
  expectRule('no-ignored-directive', `# Build the API image
# syntax=docker/dockerfile:1
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-ignored-directive
FROM alpine:3.20`);
  expectRule('no-ignored-directive', `# syntax=docker/dockerfile:1

# escape=\`
^^^^^^^^^^ no-ignored-directive
FROM alpine:3.20`);
  expectRule('no-ignored-directive', `FROM alpine:3.20
RUN true
  #syntax = docker/dockerfile:1.7
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-ignored-directive`);
});

test('fires on a check line after the last instruction', () => {
  expectRule('no-ignored-directive', `FROM alpine:3.20
# check=skip=all
^^^^^^^^^^^^^^^^ no-ignored-directive`);
});

test('stays silent on the header, an unknown key, heredoc bodies and a check above an instruction', () => {
  expectRule('no-ignored-directive', '# syntax=docker/dockerfile:1\n# escape=\\\n# check=skip=JSONArgsRecommended\n\nFROM alpine:3.20');
  expectRule('no-ignored-directive', '#!/usr/bin/env -S docker build -f\n# syntax=docker/dockerfile:1\nFROM alpine:3.20');
  expectRule('no-ignored-directive', 'FROM alpine:3.20\n# version=2\nRUN true');
  expectRule('no-ignored-directive', 'FROM alpine:3.20\nRUN <<EOF\n# syntax=this is shell\nEOF');
  expectRule('no-ignored-directive', 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD node server.js');
});
