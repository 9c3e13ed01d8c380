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
