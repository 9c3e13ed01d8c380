// The RUN shell model: commands split across operators, substitutions and heredocs, with exact word ranges and SHELL per stage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Run } from 'dockerfile-ast';
import { buildDockerfileModel } from '../../server/src/dockerfile/model';
import { invocation, parseArgs } from '../../server/src/dockerfile/shell/commands';
import { parseShell } from '../../server/src/dockerfile/shell/parse';
import { runShell, shellFor, wordRange } from '../../server/src/dockerfile/shell/run';
import { documentFor } from '../support/lint';

const words = (source: string) => parseShell(source).commands.map((c) => c.words.map((w) => w.value).join(' '));

function runs(text: string) {
  const model = buildDockerfileModel(documentFor(text));
  const all = model.instructions.filter((i) => i.getKeyword() === 'RUN') as Run[];
  return { model, shells: all.map((run) => runShell(model, run)) };
}

test('splits commands across && || ; | & and newlines', () => {
  assert.deepEqual(words('a && b || c; d | e & f\ng'), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  const commands = parseShell('a && b || c; d | e').commands;
  assert.deepEqual(commands.map((c) => c.joiner), ['start', '&&', '||', ';', '|']);
  assert.deepEqual(commands.map((c) => c.pipesOut), [false, false, false, true, false]);
});

test('quotes keep operators inside words and are removed from values', () => {
  assert.deepEqual(words(`echo "a && b" 'c | d' e\\;f && x`), ['echo a && b c | d e;f', 'x']);
  const [echo] = parseShell(`echo "$HOME" '$HOME' \${A:-b} $(id -u) plain`).commands.filter((c) => !c.inSubstitution).map((c) => c.words);
  assert.deepEqual(echo!.map((w) => w.dynamic), [false, true, false, true, true, false]);
});

test('subshells, groups, if/for/while/case bodies and substitutions yield their commands', () => {
  assert.deepEqual(words('(cd /x && make) && { echo a; }'), ['cd /x', 'make', 'echo a']);
  assert.deepEqual(words('if [ -f x ]; then rm x; elif true; then :; else echo no; fi'), ['[ -f x ]', 'rm x', 'true', ':', 'echo no']);
  assert.deepEqual(words('for k in a b; do gpg --recv "$k" || true; done'), ['gpg --recv $k', 'true']);
  assert.deepEqual(words('case "$(uname -m)" in\n x86_64|amd64) arch=x64 ;;\n *) echo no; exit 1 ;;\nesac\necho done'), ['uname -m', '', 'echo no', 'exit 1', 'echo done']);
  const substituted = parseShell('x="$(dpkg --print-architecture | cut -d- -f1)"').commands;
  assert.deepEqual(substituted.filter((c) => c.inSubstitution).map((c) => c.words[0]!.value), ['dpkg', 'cut']);
  assert.deepEqual(words('[[ -f a && -f b ]] && echo ok'), ['[[ -f a', '-f b ]]', 'echo ok']);
});

test('assignments, redirects and file descriptors are not words', () => {
  const [command] = parseShell('DEBIAN_FRONTEND=noninteractive apt-get install -y curl 2>/dev/null >>log').commands;
  assert.deepEqual(command!.assignments.map((w) => w.value), ['DEBIAN_FRONTEND=noninteractive']);
  assert.deepEqual(command!.words.map((w) => w.value), ['apt-get', 'install', '-y', 'curl']);
  assert.deepEqual(command!.redirects.map((r) => `${r.op}${r.target?.value}`), ['>/dev/null', '>>log']);
});

test('heredocs inside the shell: data for cat, commands for a shell reading stdin', () => {
  assert.deepEqual(words('cat > /f <<EOF\napt-get nope\nEOF\necho done'), ['cat', 'echo done']);
  assert.deepEqual(words('bash <<-EOT\n\tapt-get update\n\tEOT\necho after'), ['bash', 'apt-get update', 'echo after']);
});

test('hostile and unfinished input never throws', () => {
  for (const source of ['echo "unterminated', "echo 'x", 'echo $(', 'a &&', '))))((((', '`', '${', 'cat <<EOF', '$('.repeat(5000), '"'.repeat(9999), 'case x in', '<<'.repeat(100)]) {
    assert.doesNotThrow(() => parseShell(source));
  }
  assert.equal(parseShell('echo "unterminated').incomplete, true);
});

test('RUN lines joined across continuations keep exact word ranges', () => {
  const { model, shells } = runs('FROM debian\nRUN apt-get update \\\n    # a comment inside\n\n    && apt-get install -y \\\n      curl\n');
  const commands = shells[0]!.commands;
  assert.deepEqual(commands.map((c) => c.words.map((w) => w.value).join(' ')), ['apt-get update', 'apt-get install -y curl']);
  const curl = commands[1]!.words[3]!;
  assert.deepEqual(wordRange(model, curl), { start: { line: 5, character: 6 }, end: { line: 5, character: 10 } });
  assert.deepEqual(wordRange(model, commands[1]!.words[0]!), { start: { line: 4, character: 7 }, end: { line: 4, character: 14 } });
});

test('RUN flags are not part of the script, and exec form is not shell', () => {
  const { shells } = runs('FROM debian\nRUN --mount=type=cache,target=/var/cache/apt apt-get update\nRUN ["apt-get", "update"]\n');
  assert.equal(shells[0]!.commands[0]!.words[0]!.value, 'apt-get');
  assert.equal(shells[1], undefined);
});

test('RUN heredocs: a lone heredoc is the script, a shebang for another language is not, stdin of a shell is', () => {
  const { model, shells } = runs(`FROM debian
RUN <<EOF
apt-get update
apt-get install -y curl
EOF
RUN <<EOF
#!/usr/bin/env python3
print("apt-get install")
EOF
RUN python3 <<EOF
import os
EOF
RUN <<EOF bash
set -e
apt-get update
EOF
RUN cat <<EOF > /etc/x
apt-get install nothing
EOF
`);
  const names = shells.map((s) => s!.commands.map((c) => c.words.map((w) => w.value).join(' ')));
  assert.deepEqual(names, [['apt-get update', 'apt-get install -y curl'], [], ['python3'], ['bash', 'set -e', 'apt-get update'], ['cat']]);
  assert.deepEqual(wordRange(model, shells[0]!.commands[1]!.words[3]!), { start: { line: 3, character: 19 }, end: { line: 3, character: 23 } });
  assert.equal(shells[0]!.commands[1]!.fromHeredoc, true);
});

test('SHELL per stage: PowerShell turns shell reading off, FROM <stage> inherits, Windows images default to cmd', () => {
  const { model, shells } = runs(`FROM debian AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN a | b
FROM base
RUN c | d
FROM debian
RUN e
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN dir
FROM debian
SHELL ["pwsh", "-Command"]
RUN Get-Item x
`);
  assert.deepEqual(shells.map((s) => s !== undefined), [true, true, true, false, false]);
  assert.equal(shellFor(model, shells[1]!.run).pipefail, true);
  assert.equal(shellFor(model, shells[2]!.run).pipefail, false);
});

test('invocation sees through wrappers, and options split GNU style', () => {
  const [command] = runs('FROM debian\nRUN sudo -E env A=1 /usr/bin/apt-get -qq install -t bookworm-backports curl=1.2\n').shells[0]!.commands;
  const call = invocation(command!)!;
  assert.equal(call.name, 'apt-get');
  assert.deepEqual(call.wrappers, ['sudo', 'env']);
  const parsed = parseArgs(call.args, new Set(['t']));
  assert.deepEqual(parsed.operands.map((w) => w.value), ['install', 'curl=1.2']);
  assert.deepEqual(parsed.options.map((o) => `${o.name}${o.value ? '=' + o.value : ''}`), ['q', 'q', 't=bookworm-backports']);
  // xargs runs the command it is given, after its own options (some of which take the next word).
  const piped = runs('FROM debian\nRUN apt-mark showmanual | xargs -r -n 1 apt-mark auto\n').shells[0]!.commands;
  const marked = invocation(piped[1]!)!;
  assert.equal(marked.name, 'apt-mark');
  assert.deepEqual(marked.wrappers, ['xargs']);
  assert.deepEqual(marked.args.map((w) => w.value), ['auto']);
});
