// set-non-root-user: fires (info) when the final image never sets USER on a root base; silent with USER, non-root bases, Windows, variables, ONBUILD bases and database images whose entrypoint steps down to their own user.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

test('fires on a final stage without USER, at its base image', () => {
  const [finding] = expectRule('set-non-root-user', `FROM python:3.13-slim
     ^^^^^^^^^^^^^^^^ set-non-root-user
COPY app.py /srv/
CMD ["python", "/srv/app.py"]`);
  assert.equal(finding!.severity, 'info');
});

test('fires on scratch and follows stages back to their external base', () => {
  expectRule('set-non-root-user', `FROM golang:1.24 AS build
USER 10001
FROM scratch
     ^^^^^^^ set-non-root-user
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]`);
  expectRule('set-non-root-user', `FROM debian:12-slim AS base
COPY run.sh /usr/local/bin/
FROM base AS final
     ^^^^ set-non-root-user
CMD ["run.sh"]`);
});

const APP = 'COPY app.py /srv/\nCMD ["python", "/srv/app.py"]';

test('stays silent when the final stage or a stage it builds on sets USER', () => {
  expectRule('set-non-root-user', `FROM python:3.13-slim\n${APP}\nUSER 10001`);
  expectRule('set-non-root-user', `FROM python:3.13-slim AS base\nUSER app\nFROM base\n${APP}`);
  // USER root is last-user-not-root's business, not this rule's.
  expectRule('set-non-root-user', `FROM python:3.13-slim\n${APP}\nUSER root`);
});

test('stays silent on images that only adjust a base: no files copied in, or no command of their own', () => {
  expectRule('set-non-root-user', 'FROM node:22\nCMD ["node", "x.js"]');
  expectRule('set-non-root-user', 'FROM python:3.13-slim\nRUN pip install --no-cache-dir httpie\nENV X=1');
  expectRule('set-non-root-user', 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/');
});

test('stays silent on non-root bases, Windows, variables and ONBUILD base images', () => {
  for (const base of ['gcr.io/distroless/static-debian12:nonroot', 'cgr.dev/chainguard/python:latest-dev', 'bitnami/redis:7.4', 'nginxinc/nginx-unprivileged:1.27', 'docker:27-dind-rootless', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', '$BASE']) {
    expectRule('set-non-root-user', `ARG BASE=python:3.13\nFROM ${base}\n${APP}`);
  }
  expectRule('set-non-root-user', `FROM ruby:3.3-slim\nONBUILD COPY . /app\n${APP}`);
});

test('stays silent on .NET chiseled and distroless images and on Keycloak, which all start as a non-root user', () => {
  for (const base of ['mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled', 'mcr.microsoft.com/dotnet/runtime-deps:8.0-azurelinux3.0-distroless', 'quay.io/keycloak/keycloak:26.0']) {
    expectRule('set-non-root-user', `FROM ${base}\n${APP}`);
  }
});

test('still fires on the regular .NET images, which start as root', () => {
  const findings = lint(`FROM mcr.microsoft.com/dotnet/aspnet:9.0\n${APP}`).filter((f) => f.ruleId === 'set-non-root-user');
  assert.equal(findings.length, 1);
});

test('stays silent on database images whose own entrypoint starts the server as its own user', () => {
  expectRule('set-non-root-user', 'FROM library/postgres\nADD ./init-user-db.sh /docker-entrypoint-initdb.d/\nENTRYPOINT ["docker-entrypoint.sh"]\nEXPOSE 5432\nCMD ["postgres"]');
  expectRule('set-non-root-user', 'FROM mysql:8.4\nCOPY schema.sql /docker-entrypoint-initdb.d/\nCMD ["mysqld", "--character-set-server=utf8mb4"]');
  expectRule('set-non-root-user', 'FROM redis:7-alpine\nCOPY redis.conf /usr/local/etc/redis/\nCMD ["redis-server", "/usr/local/etc/redis/redis.conf"]');
});

test('still fires on a database image whose entrypoint is replaced by one of its own', () => {
  expectRule('set-non-root-user', `FROM postgres:16
     ^^^^^^^^^^^ set-non-root-user
COPY start.sh /start.sh
ENTRYPOINT ["/start.sh"]`);
});
