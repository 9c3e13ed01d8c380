// no-copied-secrets: fires on .env files, SSH keys, key files and private-looking PEM files; silent on examples, certificates, globs and URLs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretKind } from '../../../server/src/dockerfile/rules/no-copied-secrets';
import { expectRule } from '../../support/lint';

test('fires on each secret source, pointing at it', () => {
  expectRule('no-copied-secrets', `FROM alpine:3.20
COPY .env /app/.env
     ^^^^ no-copied-secrets
COPY config/.env.production id_rsa /root/
     ^^^^^^^^^^^^^^^^^^^^^^ no-copied-secrets
                            ^^^^^^ no-copied-secrets
ADD --chmod=600 server.key /etc/ssl/private/
                ^^^^^^^^^^ no-copied-secrets
COPY --from=certs /out/privkey.pem /etc/ssl/
                  ^^^^^^^^^^^^^^^^ no-copied-secrets`);
});

test('stays silent on examples, certificates, globs, variables, URLs and heredocs', () => {
  expectRule('no-copied-secrets', `FROM alpine:3.20
ARG KEY=x
COPY .env.example .env.sample /app/
COPY ca.pem cert.pem ca-bundle.pem fullchain.pem id_rsa.pub /etc/ssl/
COPY *.pem $KEY /etc/ssl/
ADD https://example.com/server.key /tmp/
COPY . /app
COPY <<EOF /app/.env
PUBLIC=1
EOF`);
});

test('secretKind names the kind of file', () => {
  assert.match(secretKind('a/b/id_ed25519')!, /SSH/);
  assert.match(secretKind('keystore.p12')!, /key store/);
  assert.equal(secretKind('.envrc'), undefined);
  assert.equal(secretKind('environment.yml'), undefined);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-copied-secrets', `FROM alpine:3.20
COPY id_rsa.pub /root/.ssh/authorized_keys
COPY .env.example /app/.env.example
COPY certs/ca.crt /usr/local/share/ca-certificates/
COPY config/secrets.example.yaml /app/`);
});
