// no-copy-ignored-file: fires on COPY/ADD sources that .dockerignore (or <name>.dockerignore) leaves out; silent on --from, URLs, heredocs, re-includes and unsure globs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { parseAnnotated } from '../../support/lint';

let version = 0;

/** Lints an annotated Dockerfile at file:///p/<name> beside the given files, and checks the rule's findings against the marks. */
function expectIgnored(annotated: string, files: Record<string, string>, name = 'Dockerfile') {
  const service = createLanguageService({ files: { readText: (uri) => files[uri] } });
  const { text, expected } = parseAnnotated(annotated);
  const findings = service.lint(TextDocument.create(`file:///p/${name}`, 'dockerfile', ++version, text)).filter((f) => f.ruleId === 'no-copy-ignored-file');
  assert.deepEqual(
    findings.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]),
    expected.filter((e) => e.ruleId === 'no-copy-ignored-file').map((e) => [e.line, e.start, e.end]),
    findings.map((f) => f.message).join('\n'),
  );
  return findings;
}

test('fires on a literal source that .dockerignore excludes, itself or through its folder', () => {
  const [finding] = expectIgnored(
    `FROM alpine:3.20
COPY ./tmp/helloworld.txt /helloworld.txt
     ^^^^^^^^^^^^^^^^^^^^ no-copy-ignored-file
ADD node_modules/ /app/node_modules/
    ^^^^^^^^^^^^^ no-copy-ignored-file
COPY ["secrets/key.pem", "/etc/key.pem"]
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ no-copy-ignored-file
COPY src/ /app/src/`,
    { 'file:///p/.dockerignore': '# build context\n*/tmp/*\ntmp\nnode_modules\n/secrets\n' },
  );
  assert.match(finding!.message, /\.dockerignore/);
});

test('fires on a glob or variable source whose whole literal folder is excluded', () => {
  expectIgnored(
    `FROM alpine:3.20
ARG NAME=app
COPY logs/*.log /var/log/
     ^^^^^^^^^^ no-copy-ignored-file
COPY logs/$NAME.log /var/log/
     ^^^^^^^^^^^^^^ no-copy-ignored-file
COPY *.log $NAME /x/`,
    { 'file:///p/.dockerignore': 'logs\n*.log\n' },
  );
});

test('fires with <Dockerfile>.dockerignore, which wins over .dockerignore', () => {
  expectIgnored(
    `FROM alpine:3.20
COPY docs /docs
     ^^^^ no-copy-ignored-file
COPY build /build`,
    { 'file:///p/app.Dockerfile.dockerignore': 'docs\n', 'file:///p/.dockerignore': 'build\n' },
    'app.Dockerfile',
  );
});

test('stays silent without an ignore file, or for sources it keeps', () => {
  expectIgnored('FROM alpine:3.20\nCOPY tmp/a.txt /a.txt', {});
  expectIgnored('FROM alpine:3.20\nCOPY package.json src/ /app/\nCOPY . .', { 'file:///p/.dockerignore': 'node_modules\n*.md\n' });
});

test('stays silent on --from, URLs, git sources and heredocs', () => {
  expectIgnored(
    `FROM alpine:3.20 AS build
FROM alpine:3.20
COPY --from=build /dist /dist
ADD https://example.com/dist/a.tgz /tmp/
ADD git@github.com:org/dist.git /src
COPY <<EOF /dist/notes.txt
hello
EOF`,
    { 'file:///p/.dockerignore': 'dist\ndist/**\n' },
  );
});

test('stays silent when a later ! line may bring something back, and on the context root', () => {
  expectIgnored(
    `FROM golang:1.24
COPY . /src/
COPY internal /src/internal
COPY vendor/ /src/vendor/
COPY assets /srv/assets`,
    { 'file:///p/.dockerignore': '*\n!go.*\n!*.go\n!internal/\n!vendor/\n!assets/logo.png\n' },
  );
});

test('stays silent for untitled documents and paths outside the context', () => {
  const service = createLanguageService({ files: { readText: () => 'tmp\n' } });
  const findings = service.lint(TextDocument.create('untitled:Untitled-1', 'dockerfile', 1, 'FROM alpine:3.20\nCOPY tmp /tmp'));
  assert.deepEqual(findings.filter((f) => f.ruleId === 'no-copy-ignored-file'), []);
  expectIgnored('FROM alpine:3.20\nCOPY ../tmp /tmp', { 'file:///p/.dockerignore': 'tmp\n' });
});
