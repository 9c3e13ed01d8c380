// ONBUILD RUN triggers read as shell: the shell rules fire inside the trigger text, once, with the stage's shell.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../support/lint';

const ids = (text: string) => lint(text).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`);

test('fires inside an ONBUILD RUN trigger, at the words of the trigger text', () => {
  expectRule('apt-get-assume-yes', `FROM debian:12
ONBUILD RUN apt-get update && apt-get install curl
                              ^^^^^^^^^^^^^^^ apt-get-assume-yes`);
  expectRule('no-sudo', `FROM debian:12
ONBUILD RUN sudo make install
            ^^^^ no-sudo`);
});

test('fires on a download piped into a shell across the continuation lines of a trigger', () => {
  expectRule('no-curl-pipe-shell', `FROM debian:12
ONBUILD RUN curl -fsSL https://example.com/install.sh \\
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-curl-pipe-shell
    | sh`);
  assert.deepEqual(lint('FROM debian:12\nONBUILD RUN curl -fsSL https://example.com/install.sh \\\n    | sh\n').map((f) => f.range.end), [{ line: 2, character: 8 }]);
});

test('each trigger is reported once, and exactly like the same RUN would be', () => {
  const own = ids('FROM debian:12\nRUN apt-get install curl && pip install flask\n');
  const trigger = ids('FROM debian:12\nONBUILD RUN apt-get install curl && pip install flask\n');
  assert.deepEqual(trigger, own.map((id) => id.replace(/@1:(\d+)/, (_, c: string) => `@1:${Number(c) + 8}`)));
});

test('the fix edits the trigger text in place', () => {
  const text = 'FROM debian:12\nONBUILD RUN apt-get install curl\n';
  const fix = lint(text).find((f) => f.ruleId === 'apt-get-assume-yes')!.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM debian:12\nONBUILD RUN apt-get install -y curl\n');
});

test('stays silent for exec-form triggers, other triggers, and a stage whose image ends with a non-POSIX SHELL', () => {
  assert.deepEqual(ids('FROM debian:12\nONBUILD RUN ["apt-get", "install", "curl"]\nONBUILD COPY . /src\nONBUILD ENV X="apt-get install y"\n'), []);
  // The triggers run first thing in the child image, with the shell this stage leaves in its config.
  assert.deepEqual(ids('FROM debian:12\nONBUILD RUN apt-get install curl\nSHELL ["powershell", "-Command"]\n'), []);
  assert.deepEqual(ids('FROM debian:12\nONBUILD RUN apt-get install -y --no-install-recommends curl\n'), []);
});

test('a hadolint or coach-ignore comment above the ONBUILD covers its trigger', () => {
  assert.deepEqual(ids('FROM debian:12\n# hadolint ignore=DL3014,DL3015\nONBUILD RUN apt-get install curl\n'), []);
});
