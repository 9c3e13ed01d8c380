// The Dockerfile model: heredoc bodies, the `# syntax=` frontend, flags with ranges, and hostile input for the new rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { flagsOf } from '../../server/src/dockerfile/flags';
import { olderThan } from '../../server/src/dockerfile/frontend';
import { instructionArguments } from '../../server/src/dockerfile/heredocs';
import { buildDockerfileModel } from '../../server/src/dockerfile/model';
import { lint } from '../support/lint';

const model = (text: string) => buildDockerfileModel(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text));

test('heredoc bodies are never instructions: <<EOF, <<-EOF, quoted delimiters and two on one line', () => {
  const m = model('FROM alpine\nRUN <<EOF\nRUNN x\nEOF\nRUN <<-EOT\n\tFROM y\n\tEOT\nRUN cat <<A <<"B"\nCOPY\nA\nUSER\nB\nCOPY <<EOF /x\nLABEL\nEOF\nUSER nobody\n');
  assert.deepEqual(m.instructions.map((i) => i.getKeyword()), ['FROM', 'RUN', 'RUN', 'RUN', 'COPY', 'USER']);
  assert.deepEqual([...m.heredocLines].sort((a, b) => a - b), [2, 3, 5, 6, 8, 9, 10, 11, 13, 14]);
});

test('heredoc body words are not arguments', () => {
  const copy = model('FROM alpine\nCOPY <<EOF /etc/x\nsome words here\nEOF\n').instructions[1]!;
  assert.deepEqual(instructionArguments(copy).map((a) => a.getValue()), ['<<EOF', '/etc/x']);
});

test('flags come with names, values, options and ranges', () => {
  const run = model('FROM alpine\nRUN --mount=type=cache,target=/x --network=none true\n').instructions[1]!;
  const [mount, network] = flagsOf(run);
  assert.equal(mount!.getName(), 'mount');
  assert.deepEqual(mount!.getOptions().map((o) => [o.getName(), o.getValue()]), [['type', 'cache'], ['target', '/x']]);
  assert.deepEqual(mount!.getNameRange(), { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
  assert.equal(network!.getValue(), 'none');
  assert.deepEqual(flagsOf(model('FROM alpine\nUSER x\n').instructions[1]!), []);
});

test('the syntax directive reads as an official or custom frontend with a version', () => {
  assert.deepEqual(model('FROM alpine\n').frontend, { official: true, labs: false, declared: false });
  assert.deepEqual(model('# syntax=docker/dockerfile:1.7-labs\nFROM alpine\n').frontend, { official: true, labs: true, declared: true, version: [1, 7] });
  assert.deepEqual(model('# syntax=docker.io/docker/dockerfile:1\nFROM alpine\n').frontend, { official: true, labs: false, declared: true, version: undefined });
  assert.equal(model('# syntax=example.com/frontend:3\nFROM alpine\n').frontend.official, false);
  const pinned = model('# syntax=docker/dockerfile:1.19.2\nFROM alpine\n').frontend;
  assert.equal(olderThan(pinned, [1, 20]), true);
  assert.equal(olderThan(pinned, [1, 19]), false);
});

test('hostile input for flags, stages, EXPOSE and heredocs does not crash', () => {
  const hostile = [
    'FROM --platform= alpine AS',
    'FROM alpine\nRUN --mount= --mount=type= -- --=x true',
    'FROM alpine\nCOPY --from= --from a',
    'FROM alpine\nHEALTHCHECK --interval= --retries= CMD',
    'FROM alpine\nEXPOSE / // -/tcp 1-/udp :::: [::1]:80:80',
    'FROM alpine AS $\nFROM alpine AS 😀',
    'FROM alpine\nRUN <<\nRUN <<-\nRUN <<""\n',
    'FROM alpine\nRUN <<EOF <<EOF\nEOF\n',
    'FROM alpine\nENV =\nLABEL ==\nARG =x',
    'ONBUILD\nFROM\nCOPY\nWORKDIR \\\n\n\n',
    '# syntax=\nFROM alpine',
    '# syntax=docker/dockerfile:banana-labs\nFROM alpine\nCOPY --parents a b',
  ];
  for (const text of hostile) assert.doesNotThrow(() => lint(text), text);
});
