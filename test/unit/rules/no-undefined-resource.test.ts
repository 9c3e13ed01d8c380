// no-undefined-resource: fires on undeclared named volumes, networks, secrets and configs; silent on bind mounts, anonymous volumes and the default network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

const RULE = 'no-undefined-resource';

test('fires on an undeclared named volume, underlining only its name, with a suggestion', () => {
  const [short, long] = expectRule(
    RULE,
    `services:
  db:
    image: postgres:17
    volumes:
      - "pg-data:/var/lib/postgresql/data"
         ^^^^^^^ no-undefined-resource
      - type: volume
        source: backups
                ^^^^^^^ no-undefined-resource
        target: /backups
volumes:
  pgdata:`,
    'compose.yaml',
  );
  assert.equal(short!.severity, 'error');
  assert.match(short!.message, /uses the volume "pg-data", which is not declared.*Did you mean "pgdata"\?/);
  assert.match(long!.message, /Declare it under the top-level "volumes:" key/);
});

test('fires on undeclared networks, secrets and configs in every syntax', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    networks:
      frontend:
      ^^^^^^^^ no-undefined-resource
        aliases: [www]
    secrets:
      - tls_key
        ^^^^^^^ no-undefined-resource
      - source: tls_cert
                ^^^^^^^^ no-undefined-resource
    configs: [nginx_conf]
              ^^^^^^^^^^ no-undefined-resource
    build:
      context: .
      secrets: [npm_token]
                ^^^^^^^^^ no-undefined-resource`,
    'compose.yaml',
  );
});

test('stays silent on bind mounts, anonymous volumes, variables, the default network and declared names', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - /var/run/app:/run/app
      - ~/.cache:/root/.cache
      - logs/web:/var/log/nginx
      - C:\\data:/data
      - /tmp/scratch
      - \${DATA_DIR}:/data
      - type: volume
        target: /anonymous
      - type: bind
        source: ./conf
        target: /etc/nginx/conf.d
      - site:/srv
    networks: [default, backend]
    secrets: [api_key]
    configs:
      - source: web_conf
        target: /etc/web.conf
volumes:
  site:
networks:
  backend:
secrets:
  api_key:
    file: ./api_key.txt
configs:
  web_conf:
    file: ./web.conf`,
    'compose.yaml',
  );
});

test('stays silent on names and mount sources written as a bare $VAR', () => {
  expectRule(
    RULE,
    `services:
  app:
    image: node:22
    volumes:
      - $PWD:/workspace
      - $CACHE_VOLUME:/cache
      - type: volume
        source: $STATE_VOLUME
        target: /state
    networks:
      - $EDGE_NETWORK
    secrets:
      - $TOKEN_SECRET`,
    'compose.yaml',
  );
});

test('stays silent when include may bring the declarations, and sees declarations in later documents', () => {
  expectRule(RULE, 'include:\n  - ./storage.yaml\nservices:\n  db:\n    image: postgres:17\n    volumes: [pgdata:/data]\n', 'compose.yaml');
  expectRule(RULE, 'services:\n  db:\n    image: postgres:17\n    volumes: [pgdata:/data]\n---\nvolumes:\n  pgdata:\n', 'compose.yaml');
});

test('is only a warning in an override file', () => {
  const findings = lint('services:\n  db:\n    volumes: [pgdata:/data]\n', 'compose.override.yaml').filter((finding) => finding.ruleId === RULE);
  assert.deepEqual(findings.map((finding) => finding.severity), ['warning']);
});

test('fires on an undeclared model and stays silent on a declared one', () => {
  expectRule(
    RULE,
    `services:
  chat:
    image: example/chat:1.0
    models:
      - llm
      - embedder
        ^^^^^^^^ no-undefined-resource
models:
  llm:
    model: ai/smollm2`,
    'compose.yaml',
  );
});
