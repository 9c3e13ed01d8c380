// copy-relative-needs-workdir: fires on relative destinations before any WORKDIR in the stage; silent after WORKDIR, inherited WORKDIR, absolute and variable paths.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on relative destinations before a WORKDIR', () => {
  expectRule('copy-relative-needs-workdir', `FROM node:22-slim
COPY package.json .
                  ^ copy-relative-needs-workdir
ADD src app/src
        ^^^^^^^ copy-relative-needs-workdir
WORKDIR /app
COPY . .
FROM node:22-slim
COPY ["a", "b/"]
     ^^^^^^^^^^^ copy-relative-needs-workdir`);
});

test('stays silent on absolute, Windows and variable destinations, and with an inherited WORKDIR', () => {
  expectRule('copy-relative-needs-workdir', `FROM node:22-slim AS base
WORKDIR /app
FROM base AS test
COPY . .
FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY a C:\\app\\
COPY b C:/app/
FROM node:22-slim
ARG DEST=/srv
COPY a /srv/
COPY b $DEST
COPY c "/quoted dir/"`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('copy-relative-needs-workdir', `FROM scratch
COPY package.json /usr/src/app/
COPY bla.sh "/usr/local/bin/blubb.sh"
COPY bla.sh c:\\system32\\blubb.sh
COPY bla.sh "d:\\mypath\\blubb.sh"
COPY bla.sh c:/system32/blubb.sh
FROM scratch AS base
WORKDIR /usr/src/app
COPY package.json .
FROM base
COPY index.js ./`);
});

test('stays silent in a stage from scratch, whose working directory is always /', () => {
  expectRule('copy-relative-needs-workdir', `FROM golang:1.22 AS build
WORKDIR /src
RUN go build -o /out/tool .
FROM scratch AS export
COPY --from=build /out/tool .
FROM export
COPY LICENSE licenses/`);
});
