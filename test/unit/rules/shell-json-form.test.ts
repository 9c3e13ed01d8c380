// shell-json-form: fires on SHELL in plain form or with broken JSON; stays silent on JSON arrays, over several lines too, and with the backtick escape.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on the plain form, single quotes and unquoted words', () => {
  expectRule('shell-json-form', `FROM debian:12-slim
SHELL /bin/bash -c
      ^^^^^^^^^^^^ shell-json-form
SHELL ['/bin/bash', '-c']
      ^^^^^^^^^^^^^^^^^^^ shell-json-form
SHELL ["/bin/bash", -c]
      ^^^^^^^^^^^^^^^^^ shell-json-form`);
});

test('stays silent on JSON arrays, across lines, with the backtick escape, and without arguments', () => {
  expectRule('shell-json-form', `FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
SHELL [ "/bin/sh", \\
        "-c" ]
SHELL`);
  expectRule('shell-json-form', '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", `\n      "$ErrorActionPreference = \'Stop\';"]');
});
