// no-undefined-variable: fires on names certainly unset where the Dockerfile expands them; silent when a base image or --build-arg may set them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on a global ARG that the stage did not redeclare', () => {
  expectRule('no-undefined-variable', `ARG VERSION=1.4.2
FROM eclipse-temurin:21-jre
COPY app-\${VERSION}.jar /app/app.jar
         ^^^^^^^^^^ no-undefined-variable
LABEL version=$VERSION
              ^^^^^^^^ no-undefined-variable`);
});

test('fires on a platform ARG without ARG in the stage, and on a use above its declaration', () => {
  expectRule('no-undefined-variable', `FROM alpine:3.20
WORKDIR /opt/$TARGETARCH
             ^^^^^^^^^^^ no-undefined-variable
ENV HOME_DIR=$APP_HOME
             ^^^^^^^^^ no-undefined-variable
ENV APP_HOME=/srv`);
});

test('fires on any unset name in a stage built on scratch, also through a child stage', () => {
  expectRule('no-undefined-variable', `FROM scratch AS base
ENV A=1
USER $UID
     ^^^^ no-undefined-variable
FROM base
WORKDIR /home/$B
              ^^ no-undefined-variable
ENV C=$A:$PATH`);
});

test('stays silent on names a base image may set, on RUN and CMD, and on declared ARG and ENV', () => {
  expectRule('no-undefined-variable', `ARG VERSION=1
ARG PYTHON_VERSION=3.12
FROM python:\${PYTHON_VERSION}-slim
ARG VERSION
ARG TARGETARCH
ENV PATH=/opt/venv/bin:$PATH LANG=C.UTF-8 X=$PYTHON_VERSION
WORKDIR $HOME/app
COPY app-$VERSION-$TARGETARCH.whl /tmp/
RUN echo $NOT_SET && echo \${ALSO_NOT:-x}
CMD echo $NOPE
ENV no_proxy=$no_proxy HTTP_PROXY=$HTTP_PROXY
LABEL single='$NOT_EXPANDED' escaped=\\$NOT_EITHER`);
});

test('inherits ENV from a parent stage but not its ARGs', () => {
  expectRule('no-undefined-variable', `FROM scratch AS base
ARG ONLY_HERE=1
ENV KEPT=1
FROM base
ENV A=$KEPT B=$ONLY_HERE
              ^^^^^^^^^^ no-undefined-variable`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-undefined-variable', `FROM alpine:3.20
ENV PATH=$PATH:/app/bin
ARG foo
ENV X=$foo
RUN echo $HOME $UNSET_IN_SHELL
WORKDIR $HOME
COPY --chown=$MAMBA_USER:$MAMBA_USER a b
USER \${APP_UID}`);
});

test('stays silent when an ENV or ARG extends its own name, which the base image may already set', () => {
  expectRule('no-undefined-variable', `FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
FROM golang:1.23
ENV GOPATH=\${GOPATH}/extra GOFLAGS="$GOFLAGS -mod=mod"
ARG GOPROXY=$GOPROXY`);
});

test('still fires on a self-reference in a stage from scratch, where no image can set it, without suggesting the name itself', () => {
  const [finding] = expectRule('no-undefined-variable', `FROM scratch
ENV LD_LIBRARY_PATH=/lib:$LD_LIBRARY_PATH
                         ^^^^^^^^^^^^^^^^ no-undefined-variable`);
  assert.doesNotMatch(finding!.message, /Did you mean/);
});

test('stays silent on every name of an ARG that declares several, across continuation lines and quoted defaults', () => {
  expectRule('no-undefined-variable', `ARG BASE_TAG=3.20 FLAVOR
FROM scratch
ARG APP_UID \\
    APP_GID=1000 \\
    APP_TITLE="my app" APP_ROOT
ENV OWNER=$APP_UID:$APP_GID TITLE="$APP_TITLE" ROOT=$APP_ROOT
USER \${APP_UID}:\${APP_GID}`);
});

test('fires on a near miss of a name set in the stage, which no base image is likely to define', () => {
  const [typo] = expectRule('no-undefined-variable', `FROM node:22-alpine
ARG DIR_ASSETS=/srv/assets
COPY public/ $DIR_ASSET/
             ^^^^^^^^^^ no-undefined-variable
ENV PATH=$PAHT:/app/node_modules/.bin
         ^^^^^ no-undefined-variable`);
  assert.match(typo!.message, /did you mean \$DIR_ASSETS\?/);
});

test('stays silent on names base images set, short names two edits away, defaults and names set here', () => {
  expectRule('no-undefined-variable', `FROM node:22-alpine
ARG NODE_VERSIONS=22 PORTS=80 APP_HOME=/app
ENV A=$NODE_VERSION B=$HOME C=$PORT_X D=\${APP_HOMER:-/srv} E=$APP_HOME
WORKDIR $APP_HOME`);
});
