// compose-schema: fires on every schema error at its exact key or value; silent on variables, extensions, merges and partial files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { expectRule, lint } from '../../support/lint';

const RULE = 'compose-schema';

test('fires on an unknown key at the key, suggesting the near one', () => {
  const findings = expectRule(
    RULE,
    `servics:
^^^^^^^ compose-schema
  web: {}
services:
  web:
    image: nginx:1.27
    restrat: always
    ^^^^^^^ compose-schema
    build:
      context: .
      dockerfle: Dockerfile.web
      ^^^^^^^^^ compose-schema`,
    'compose.yaml',
  );
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      'Unknown key "servics" at the top level. Did you mean "services"?',
      'Unknown key "restrat" in service "web". Did you mean "restart"?',
      'Unknown key "dockerfle" in "build" of service "web". Did you mean "dockerfile"?',
    ],
  );
  assert.equal(findings[0]!.severity, 'error');
});

test('fires on an unknown key with no near match, pointing to x- extensions', () => {
  const [finding] = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    owner_team: payments
    ^^^^^^^^^^ compose-schema`,
    'compose.yaml',
  );
  assert.match(finding!.message, /Custom keys must start with "x-"/);
});

test('fires on a wrong type at the value', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports: "8080:80"
           ^^^^^^^^^ compose-schema
    environment:
      NODE_ENV: [production]
                ^^^^^^^^^^^^ compose-schema
    healthcheck:
      disable: [yes]
               ^^^^^ compose-schema`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /^"ports" of service "web" must be a list, not the string "8080:80"\.$/);
});

test('fires on values outside the allowed set: restart, pull_policy and depends_on conditions', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    restart: sometimes
             ^^^^^^^^^ compose-schema
    pull_policy: whenever
                 ^^^^^^^^ compose-schema
    depends_on:
      db:
        condition: service_ready
                   ^^^^^^^^^^^^^ compose-schema
  db:
    image: postgres:17`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /"sometimes" is not a valid value for "restart" of service "web"\. .*unless-stopped/);
  assert.match(findings[2]!.message, /must be one of "service_started", "service_healthy" or "service_completed_successfully", not the string "service_ready"/);
});

test('fires on durations and counts that Compose cannot parse, and stays silent on valid ones', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    stop_grace_period: 10 seconds
                       ^^^^^^^^^^ compose-schema
    healthcheck:
      test: ["CMD", "true"]
      interval: 1m30s
      timeout: 500ms
      start_period: 1 minute
                    ^^^^^^^^ compose-schema
      start_interval: "2s"
      retries: "three"
               ^^^^^^^ compose-schema
  worker:
    image: busybox:1.37
    stop_grace_period: 1h
    healthcheck:
      interval: 2d
      retries: "5"`,
    'compose.yaml',
  );
  assert.match(findings[1]!.message, /^"1 minute" is not a valid value for "healthcheck.start_period" of service "web"\./);
});

test('fires once per port entry, describing the syntax the entry was written in', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
      - target: 80
        publshed: 8081
        ^^^^^^^^ compose-schema
      - target: [443]
                ^^^^^ compose-schema
      - true
        ^^^^ compose-schema`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.message, 'Unknown key "publshed" in "ports[1]" of service "web". Did you mean "published"?');
  assert.equal(findings[1]!.message, '"ports[2].target" of service "web" must be a whole number or a string, not a list.');
  assert.equal(findings[2]!.message, '"ports[3]" of service "web" must be a number, a string or a mapping, not true.');
});

test('fires on a required key missing from long syntax, at the entry', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - type: volume
        ^^^^ compose-schema
        source: cache
    depends_on:
      db:
      ^^ compose-schema
        restart: true
  db:
    image: postgres:17
volumes:
  cache:`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.message, '"volumes[1]" of service "web" is missing the required key "target".');
  assert.equal(findings[1]!.message, '"depends_on.db" of service "web" is missing the required key "condition".');
});

test('fires at the anchor once when a merged anchor holds the mistake', () => {
  expectRule(
    RULE,
    `x-defaults: &defaults
  restrat: unless-stopped
  ^^^^^^^ compose-schema
services:
  web:
    <<: *defaults
    image: nginx:1.27
  worker:
    <<: *defaults
    image: busybox:1.37`,
    'compose.yaml',
  );
});

test('fires when the file is not a mapping, and on duplicate list entries', () => {
  expectRule(RULE, `- web\n^^^^^ compose-schema\n- db`, 'compose.yaml');
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
      - "8080:80"
        ^^^^^^^^^ compose-schema`,
    'compose.yaml',
  );
});

test('stays silent on interpolated values, whatever type the key wants', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:\${TAG:-1.27}
    restart: \${RESTART_POLICY:-unless-stopped}
    pull_policy: \${PULL:-missing}
    ports:
      - "\${PORT:-8080}:80"
      - target: 443
        published: \${TLS_PORT}
    cpus: \${CPUS:-0.5}
    healthcheck:
      retries: \${RETRIES:-3}`,
    'compose.yaml',
  );
});

test('stays silent on values written as a bare $VAR, shared through an anchor', () => {
  expectRule(
    RULE,
    `x-probe: &probe
  interval: "$PROBE_EVERY"
  timeout: $PROBE_LIMIT
  retries: $PROBE_TRIES
services:
  cache:
    image: redis:7
    healthcheck:
      <<: *probe
      test: redis-cli ping
    stop_grace_period: $GRACE`,
    'compose.yaml',
  );
});

test('stays silent on x- extensions, anchors, merge keys, !reset and !override', () => {
  expectRule(
    RULE,
    `x-common: &common
  restart: unless-stopped
  logging:
    driver: json-file
services:
  web:
    <<: *common
    image: nginx:1.27
    x-team: payments
    ports: !override
      - "8080:80"
    environment: !reset null
    build: !reset {}
    labels: !reset []`,
    'compose.yaml',
  );
  assert.deepEqual(lint('services:\n  web:\n    image: !reset null\n', 'compose.override.yaml'), []);
});

test('stays silent on an override file that leaves required keys and images to the base file', () => {
  expectRule(
    RULE,
    `services:
  web:
    environment:
      DEBUG: "1"
    depends_on:
      db:
        restart: true
    extends:
      file: common.yaml`,
    'compose.override.yaml',
  );
  // List items are merged whole, so a long-syntax volume must still be complete in an override.
  expectRule(
    RULE,
    `services:
  web:
    volumes:
      - type: bind
        ^^^^ compose-schema
        source: ./src`,
    'docker-compose.dev.yml',
  );
});

/** The rule's messages for `file:///p/compose.yaml`, with the other files readable beside it. */
function schemaMessages(files: Record<string, string | undefined>): string[] {
  const service = createLanguageService({ files: { readText: (uri) => files[uri.replace('file:///p/', '')] } });
  const document = TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, files['compose.yaml']!);
  return service.lint(document).filter((finding) => finding.ruleId === RULE).map((finding) => finding.message);
}

test('stays silent on a service without image that an included file also defines, which Compose v5 completes', () => {
  // The local block only adds an env file; the image comes from the included definition it is merged over.
  const files = {
    'compose.yaml': 'include:\n  - path: api/compose.yaml\nservices:\n  api:\n    env_file: local.env\n',
    'api/compose.yaml': 'services:\n  api:\n    image: example/api:2.1\n',
  };
  assert.deepEqual(schemaMessages(files), []);
  // An include that cannot be read may define it too.
  assert.deepEqual(schemaMessages({ ...files, 'api/compose.yaml': undefined }), []);
  // A service no included file defines still needs an image or a build.
  const lone = schemaMessages({ ...files, 'compose.yaml': files['compose.yaml'].replace('  api:\n    env_file', '  worker:\n    env_file') });
  assert.equal(lone.length, 1);
  assert.match(lone[0]!, /"worker" has neither image nor build/);
});

test('treats the second YAML document as an override of the first', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
---
services:
  web:
    depends_on:
      db:
        required: false
    restrat: always
    ^^^^^^^ compose-schema`,
    'compose.yaml',
  );
});

test('stays silent on files with YAML syntax errors, which valid-yaml reports', () => {
  expectRule(RULE, 'services:\n  web:\n    restrat: [always\n', 'compose.yaml');
});

test('fires once, quickly, on a billion-laughs file instead of expanding it', () => {
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`x-${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  lines.push('services:\n  web:\n    image: nginx:1.27');
  const started = performance.now();
  const findings = lint(lines.join('\n'), 'compose.yaml').filter((finding) => finding.ruleId === RULE);
  assert.ok(performance.now() - started < 1000);
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /aliases/);
  assert.equal(findings[0]!.range.start.line, 0);
});

test('fires on what Compose refuses while loading: conflicting, missing or unreadable values', () => {
  const findings = expectRule(
    RULE,
    `services:
  api:
    image: example/api:2.3
    network_mode: host
    networks: [backend]
    ^^^^^^^^ compose-schema
    environment:
      - LOG_LEVEL = debug
        ^^^^^^^^^^^^^^^^^ compose-schema
    ports:
      - "9000:9000/http"
        ^^^^^^^^^^^^^^^^ compose-schema
    cpus: half
          ^^^^ compose-schema
    volumes:
      - type: bind
              ^^^^ compose-schema
        target: /srv
    deploy:
      resources:
        reservations:
          devices:
            - capabilities: [gpu]
              count: every
                     ^^^^^ compose-schema
  worker:
  ^^^^^^ compose-schema
    command: ["run"]
volumes:
  shared:
    external: true
    driver: nfs
    ^^^^^^ compose-schema
networks:
  backend: {}
secrets:
  token:
    file: ./token.txt
    environment: API_TOKEN
    ^^^^^^^^^^^ compose-schema
configs:
  settings:
  ^^^^^^^^ compose-schema
    name: settings-v2`,
    'compose.yaml',
  );
  assert.match(findings[0]!.message, /both network_mode and networks/);
  assert.match(findings[1]!.message, /Write "LOG_LEVEL=debug"/);
  assert.match(findings[6]!.message, /"worker" has neither image nor build/);
});

test('fires on mapping keys that YAML reads as numbers or booleans', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    environment:
      8080: port
      ^^^^ compose-schema
      true: yes
      ^^^^ compose-schema
      "9090": quoted`,
    'compose.yaml',
  );
});

test('stays silent on what Compose accepts while loading', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: nginx:1.27
    cpus: "1.5"
    ports:
      - "5353:53/udp"
      - "\${PORT}:80/\${PROTO}"
    environment:
      - MODE=a = b
    volumes:
      - type: bind
        source: ./site
        target: /usr/share/nginx/html
    deploy:
      resources:
        reservations:
          devices:
            - capabilities: [gpu]
              count: all
  base:
    extends: web
  plugin:
    provider:
      type: example
volumes:
  shared:
    external: true
    name: team-shared
secrets:
  token:
    environment: API_TOKEN
configs:
  settings:
    external: true`,
    'compose.yaml',
  );
  // An override may leave the image and a secret's source to the file it is merged over.
  expectRule(RULE, 'services:\n  web:\n    command: ["serve"]\nsecrets:\n  token:\n    name: prod-token\n', 'compose.override.yaml');
});
