// no-swallowed-instruction: fires at a trailing escape character whose continuation line starts a new instruction; silent on ordinary continuations, heredocs and the backtick escape.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on a Windows path whose last backslash continues the line, naming the fix', () => {
  expectRule('no-swallowed-instruction', `FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app
COPY package*.json .\\
                    ^ no-swallowed-instruction
RUN npm install`);
  const [finding] = lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY package*.json .\\\nRUN npm install\n').filter((f) => f.ruleId === 'no-swallowed-instruction');
  assert.match(finding!.message, /RUN on line 3 becomes part of it/);
  assert.match(finding!.message, /escape=`/);
});

test('fires on a backslash left behind after the last package, past comment and blank lines', () => {
  expectRule('no-swallowed-instruction', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends \\
    curl \\
         ^ no-swallowed-instruction
# the app needs no more
EXPOSE 8080`);
  const [finding] = lint('FROM debian:12\nRUN echo one \\\nCMD ["sh"]\n').filter((f) => f.ruleId === 'no-swallowed-instruction');
  assert.match(finding!.message, /Remove the "\\"/);
});

test('fires with the backtick escape too', () => {
  expectRule('no-swallowed-instruction', `# escape=\`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
RUN echo one \`
             ^ no-swallowed-instruction
USER ContainerUser`);
});

test('stays silent on ordinary continuations, shell words that look like keywords, and heredoc bodies', () => {
  expectRule('no-swallowed-instruction', `FROM debian:12
RUN set -eux; \\
    env | sort; \\
    apt-get update
RUN printf '%s\\n' \\
run-this \\
    done
RUN <<EOF
apt-get update
FROM this line is data
EOF
COPY <<EOF /etc/motd
Welcome \\
RUN nothing here runs
EOF
LABEL description="multi \\
line"`);
});

test('stays silent on a Windows path when the backtick is the escape character', () => {
  expectRule('no-swallowed-instruction', `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app\\
COPY package.json .\\
RUN npm install`);
});

test('the fix removes a stray escape and the blanks before it, keeping the line break; none is offered on a Windows path', () => {
  const text = 'FROM debian:12\nRUN apt-get install -y curl \\  \r\nEXPOSE 8080\n';
  const fix = lint(text).find((f) => f.ruleId === 'no-swallowed-instruction')!.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM debian:12\nRUN apt-get install -y curl\r\nEXPOSE 8080\n');
  const windows = lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.json .\\\nRUN npm ci\n').find((f) => f.ruleId === 'no-swallowed-instruction')!;
  assert.equal(windows.fix, undefined);
});
