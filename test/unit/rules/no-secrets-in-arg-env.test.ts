// no-secrets-in-arg-env: fires on ARG/ENV names that look like credentials, stays silent on public keys and pointers to secrets.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on tokens, passwords and API keys', () => {
  expectRule('no-secrets-in-arg-env', `FROM alpine:3.20
ARG NPM_TOKEN
    ^^^^^^^^^ no-secrets-in-arg-env
ENV DB_PASSWORD=changeme AWS_SECRET_ACCESS_KEY=x
    ^^^^^^^^^^^ no-secrets-in-arg-env
                         ^^^^^^^^^^^^^^^^^^^^^ no-secrets-in-arg-env
ARG api-key
    ^^^^^^^ no-secrets-in-arg-env`);
});

test('stays silent on GPG keys, file pointers, public keys and ordinary names', () => {
  expectRule('no-secrets-in-arg-env', `FROM python:3.13-slim
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
ENV POSTGRES_PASSWORD_FILE=/run/secrets/db
ARG PUBLIC_KEY
ARG KEYCLOAK_VERSION=26
ENV TOKENIZERS_PARALLELISM=false
ENV PYTHONUNBUFFERED=1`);
});

test('stays silent on settings about credentials and on switch values', () => {
  expectRule('no-secrets-in-arg-env', `FROM ruby:3.3-slim
ENV SECRET_KEY_BASE_DUMMY=1
ENV PASSWORD_MIN_LENGTH=12 AUTH_METHOD=scram-sha-256 TOKEN_ENDPOINT=https://auth.example.org/token
ARG AUTH=false
ENV API_TOKEN=""
ARG DB_PASSWORD=`);
});

test('still fires when the value could be the secret itself', () => {
  expectRule('no-secrets-in-arg-env', `FROM alpine:3.20
ENV API_KEY=x9f2K7qLm
    ^^^^^^^ no-secrets-in-arg-env
ARG GITHUB_TOKEN=ghp_example
    ^^^^^^^^^^^^ no-secrets-in-arg-env`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-secrets-in-arg-env', `FROM alpine:3.20
RUN --mount=type=secret,id=aws_secret_key aws s3 ls
ARG PUBLIC_KEY_URL
ENV GPG_KEYS="B42F6819007F00F88E364FD4036A9C25BF357DD4"
ENV PASSWORD_FILE=/run/secrets/pw
ARG TOKENIZERS_PARALLELISM=false
ENV KEYCLOAK_VERSION=24.0.5
ENV SECRET_KEY_BASE_DUMMY=1
ENV NPM_TOKEN_FILE=/run/secrets/npm
ENV GNUPG_KEYSERVER=keys.openpgp.org
ENV AUTH_URL=https://x
ENV PASSWORD_MIN_LENGTH=12`);
});
