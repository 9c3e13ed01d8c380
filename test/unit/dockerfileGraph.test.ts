// The Dockerfile stage graph: the final stage, edges by FROM, COPY --from and RUN --mount=from=, and reachability.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDockerfileModel } from '../../server/src/dockerfile/model';

const graphOf = (text: string) => buildDockerfileModel(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text)).graph;

test('the last stage is final and reaches its bases, COPY --from and mount sources', () => {
  const graph = graphOf(`ARG DEPS=deps
FROM node:22 AS deps
FROM node:22 AS unused
FROM golang:1.23 AS tools
FROM \${DEPS} AS build
RUN --mount=type=bind,from=tools,source=/go/bin,target=/t true
FROM alpine:3.20
COPY --from=build /app /app
COPY --from=0 /x /x
COPY --from=busybox:1.36 /bin/busybox /bin/
`);
  assert.equal(graph.final, 4);
  assert.deepEqual([...graph.reachesFinal].sort(), [0, 2, 3, 4]);
  assert.deepEqual(graph.edges.map((edge) => [edge.from, edge.to, edge.kind]), [[3, 0, 'base'], [3, 2, 'mount'], [4, 3, 'copy'], [4, 0, 'copy']]);
});

test('names resolve only to earlier stages, case-insensitively; an empty file has no final stage', () => {
  const graph = graphOf('FROM later AS first\nFROM alpine:3.20 AS Later\nCOPY --from=FIRST /a /a\n');
  assert.equal(graph.resolve('later', 0), undefined);
  assert.equal(graph.resolve('first', 1), 0);
  assert.equal(graphOf('# nothing\n').final, undefined);
});
