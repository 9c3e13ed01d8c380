// no-build-tools-in-final-stage: fires once per RUN, at the first compiler, toolchain or header package a shipped stage installs and keeps; silent when the same RUN removes it, in builder stages, on CI and devel bases, and on runtime packages.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires at the first build tool a single-stage image installs, once per RUN', () => {
  expectRule('no-build-tools-in-final-stage', `FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl build-essential libpq-dev \\
                                                                      ^^^^^^^^^^^^^^^ no-build-tools-in-final-stage
 && rm -rf /var/lib/apt/lists/*
RUN apk add --no-cache musl-dev gcc
                       ^^^^^^^^ no-build-tools-in-final-stage
RUN dnf install -y gcc-c++-11.4.1 && dnf clean all
                   ^^^^^^^^^^^^^^ no-build-tools-in-final-stage
RUN zypper -n in cmake && zypper clean
                 ^^^^^ no-build-tools-in-final-stage
RUN microdnf install -y java-17-openjdk-devel && microdnf clean all
                        ^^^^^^^^^^^^^^^^^^^^^ no-build-tools-in-final-stage
RUN apt-get install -y openjdk-17-jdk-headless gcc-12=12.2.0-14 golang-go maven
                       ^^^^^^^^^^^^^^^^^^^^^^^ no-build-tools-in-final-stage`);
});

test('fires in a stage the final image is built FROM, and when only some tools are removed again', () => {
  expectRule('no-build-tools-in-final-stage', `FROM node:22 AS base
RUN apt-get install -y make g++ python3 && apt-get purge -y make
                            ^^^ no-build-tools-in-final-stage
FROM base
CMD ["node", "index.js"]`);
});

test('fires in an ONBUILD RUN trigger of the final stage', () => {
  expectRule('no-build-tools-in-final-stage', `FROM alpine:3.20
ONBUILD RUN apk add --no-cache build-base
                               ^^^^^^^^^^ no-build-tools-in-final-stage`);
});

test('stays silent when the same RUN removes the tools again', () => {
  expectRule('no-build-tools-in-final-stage', `FROM python:3.12-alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\
 && pip install --no-cache-dir cffi \\
 && apk del --no-network .build-deps
RUN apt-get install -y gcc libc6-dev make && make install && apt-get purge -y --auto-remove gcc libc6-dev make
RUN apt-get install -y $BUILD_DEPS gcc && apt-get purge -y $BUILD_DEPS gcc
RUN savedAptMark="$(apt-mark showmanual)"; apt-get install -y gcc; apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove
RUN apt-get install -y dpkg-dev; apt-mark showmanual | xargs apt-mark auto > /dev/null; if [ -n "$t" ]; then apt-get purge -y --auto-remove; fi
RUN dnf install -y gcc make && make && dnf remove -y gcc make && dnf clean all
RUN zypper -n in gcc && zypper -n rm gcc && zypper clean`);
});

test('stays silent in builder stages the final image does not build on', () => {
  expectRule('no-build-tools-in-final-stage', `FROM golang:1.23 AS build
RUN apt-get install -y gcc libsqlite3-dev
RUN go build -o /out/app ./cmd/app
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libsqlite3-0 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/app /usr/local/bin/app`);
});

test('stays silent on runtime packages, local files, variables and look-alike names', () => {
  expectRule('no-build-tools-in-final-stage', `FROM debian:bookworm-slim
RUN apt-get install -y udev libpq5 openjdk-17-jre-headless gcc-12-base ./local.deb $EXTRA
RUN apk add --no-cache tini libffi make-doc
RUN apt-get remove -y gcc`);
});

test('stays silent when the shipped image builds on a CI server, CI agent or devel image, whose job is building', () => {
  expectRule('no-build-tools-in-final-stage', `FROM jenkins/jenkins:lts-jdk17
USER root
RUN apt-get update && apt-get install -y docker-ce-cli git make jq && rm -rf /var/lib/apt/lists/*
USER jenkins`);
  expectRule('no-build-tools-in-final-stage', `FROM registry.gitlab.com/gitlab-org/gitlab-runner:alpine
RUN apk add --no-cache build-base`);
  expectRule('no-build-tools-in-final-stage', `FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3-dev cmake && rm -rf /var/lib/apt/lists/*
COPY . /src
CMD ["python3", "/src/train.py"]`);
});

test('still fires on the runtime flavour of an image that also comes as devel', () => {
  expectRule('no-build-tools-in-final-stage', `FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
RUN apt-get install -y --no-install-recommends python3-dev
                                               ^^^^^^^^^^^ no-build-tools-in-final-stage`);
});
