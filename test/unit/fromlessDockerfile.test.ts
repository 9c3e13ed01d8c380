// A Dockerfile without any FROM (a fragment) is read as one implicit stage on an unknown base; a FROM anywhere keeps today's reading.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDockerfileModel } from '../../server/src/dockerfile/model';
import type { Settings } from '../../server/src/service';
import { expectRule, lint, service } from '../support/lint';

const modelOf = (text: string) => buildDockerfileModel(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text));
const everyRule: Settings = { enable: true, rules: Object.fromEntries(service.rules().map((rule) => [rule.id, 'warning'])) };

test('fires: a file without FROM is one implicit, final stage holding every instruction', () => {
  const model = modelOf('ARG V=1\nRUN apk add flex\nWORKDIR app\n');
  assert.equal(model.stages.length, 1);
  const [stage] = model.stages;
  assert.equal(stage!.implicit, true);
  assert.equal(stage!.from, undefined);
  assert.deepEqual(stage!.instructions.map((instruction) => instruction.getKeyword()), ['ARG', 'RUN', 'WORKDIR']);
  assert.equal(model.graph.final, 0);
  assert.deepEqual(model.graph.edges, []);
  // Its ARGs stay global, as BuildKit would read them before a FROM.
  assert.deepEqual([...model.variables.globals.keys()], ['V']);
  assert.deepEqual(model.variables.fromImages, [undefined]);
});

test('silent: with a FROM anywhere, the instructions before it still belong to no stage', () => {
  const model = modelOf('RUN apk add flex\nFROM alpine:3.20\nRUN true\n');
  assert.equal(model.stages.length, 1);
  assert.equal(model.stages[0]!.implicit, undefined);
  assert.deepEqual(model.stages[0]!.instructions.map((instruction) => instruction.getKeyword()), ['FROM', 'RUN']);
  expectRule('apk-no-cache', 'RUN apk add flex\nFROM alpine:3.20\nRUN true\n');
  expectRule('workdir-absolute', 'WORKDIR app\nFROM alpine:3.20\n');
});

test('silent: empty, comment-only and directive-only files have no stage', () => {
  for (const text of ['', '\n\n', '# just a note\n# another\n', '# syntax=docker/dockerfile:1\n# check=error=true\n']) {
    assert.deepEqual(modelOf(text).stages, [], JSON.stringify(text));
    assert.equal(modelOf(text).graph.final, undefined);
  }
});

test('fires: stage-based shell rules judge FROM-less RUN lines as under an unknown base image', () => {
  expectRule('apk-no-cache', `RUN apk add flex
    ^^^^^^^ apk-no-cache
`);
  expectRule('apt-lists-cleanup', `RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0
    ^^^^^^^^^^^^^^ apt-lists-cleanup
`, 'Dockerfile', { enable: true, rules: { 'apt-lists-cleanup': 'warning' } });
  expectRule('pip-no-cache-dir', `RUN pip install requests==2.32.3
    ^^^^^^^^^^^ pip-no-cache-dir
`, 'Dockerfile', { enable: true, rules: { 'pip-no-cache-dir': 'warning' } });
  // An ENV earlier in the fragment counts, as in a real stage.
  expectRule('pip-no-cache-dir', 'ENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3\n', 'Dockerfile', { enable: true, rules: { 'pip-no-cache-dir': 'warning' } });
});

test('fires: path rules judge FROM-less WORKDIR and COPY as under an unknown base image', () => {
  expectRule('workdir-absolute', `WORKDIR relative/dir
        ^^^^^^^^^^^^ workdir-absolute
`);
  expectRule('copy-relative-needs-workdir', `COPY app.py app.py
            ^^^^^^ copy-relative-needs-workdir
`, 'Dockerfile', { enable: true, rules: { 'copy-relative-needs-workdir': 'warning' } });
  // A WORKDIR first gives the relative destination a known base.
  expectRule('copy-relative-needs-workdir', 'WORKDIR /app\nCOPY app.py app.py\n', 'Dockerfile', { enable: true, rules: { 'copy-relative-needs-workdir': 'warning' } });
});

test('fires: the missing FROM is still an error on every non-ARG instruction', () => {
  expectRule('no-instruction-before-from', `ARG V=1
RUN apk add flex
^^^ no-instruction-before-from
COPY a /a
^^^^ no-instruction-before-from
`);
});

test('silent: a SHELL in the fragment applies to its later RUN lines', () => {
  expectRule('use-pipefail', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com | tar -x\n', 'Dockerfile', {
    enable: true,
    rules: { 'use-pipefail': 'warning' },
  });
});

test('silent: rules that need the base image or a FROM line to report on stay quiet without one', () => {
  expectRule('set-non-root-user', 'COPY app /app\nCMD ["/app"]\n', 'Dockerfile', everyRule);
  expectRule('pin-base-image-tag', 'RUN true\n', 'Dockerfile', everyRule);
});

test('silent: FROM-less shapes lint without throwing under every rule', () => {
  const shapes = [
    '',
    '# only a comment\n',
    'ARG A=1\nARG B\n',
    '# syntax=docker/dockerfile:1\nARG A=${B:-x}\n',
    'ONBUILD RUN apk add flex\n',
    'USER root\n',
    'LABEL a=b\nCMD echo hi\nCMD echo again\n',
    'COPY --from=build /a /a\nRUN --mount=from=tools,target=/t true\n',
    'HEALTHCHECK NONE\nSTOPSIGNAL 9\nEXPOSE 80\nVOLUME /data\n',
    'BOGUS x\nRUN <<EOF\napk add flex\nEOF\n',
  ];
  for (const text of shapes) assert.doesNotThrow(() => lint(text, 'Dockerfile', everyRule), JSON.stringify(text));
});
