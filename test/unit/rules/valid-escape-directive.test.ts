// valid-escape-directive: fires on an escape directive other than \ or `; silent on those two and on escape lines that are only comments.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on any other escape character', () => {
  expectRule('valid-escape-directive', `# escape=/
         ^ valid-escape-directive
FROM alpine:3.20`);
  expectRule('valid-escape-directive', `# syntax=docker/dockerfile:1
#  Escape = ab
            ^^ valid-escape-directive
FROM alpine:3.20`);
});

test('stays silent on backslash, backtick, and escape lines below the header', () => {
  expectRule('valid-escape-directive', '# escape=\\\nFROM alpine:3.20');
  expectRule('valid-escape-directive', '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022');
  expectRule('valid-escape-directive', '# About this file\n# escape=/\nFROM alpine:3.20');
  expectRule('valid-escape-directive', 'FROM alpine:3.20\n# escape=/');
});
