// no-undefined-service-reference: fires on unknown services in links, volumes_from, network_mode and extends; silent on defined ones and containers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule, lint } from '../../support/lint';

const RULE = 'no-undefined-service-reference';

test('fires on each kind of reference, underlining only the name, with a suggestion', () => {
  const findings = expectRule(
    RULE,
    `services:
  app:
    image: example/app:1.2
    links:
      - "databse:db"
         ^^^^^^^ no-undefined-service-reference
    volumes_from:
      - storage:ro
        ^^^^^^^ no-undefined-service-reference
    network_mode: "service:vpm"
                           ^^^ no-undefined-service-reference
  worker:
    extends: ap
             ^^ no-undefined-service-reference
  job:
    extends:
      service: workr
               ^^^^^ no-undefined-service-reference
  database:
    image: postgres:17
  vpn:
    image: example/vpn:3.1`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /in links, which is not defined.*Did you mean "database"\?/);
  assert.match(findings[2]!.message, /Did you mean "vpn"\?/);
});

test('stays silent on defined services, containers, other files and variables', () => {
  expectRule(
    RULE,
    `services:
  app:
    image: example/app:1.2
    links: [db, "db:database"]
    volumes_from: [db, "container:legacy-data", "service:db:rw"]
    network_mode: "service:db"
  worker:
    extends:
      file: common.yaml
      service: base-worker
  job:
    extends: app
    network_mode: \${NET_MODE:-bridge}
  db:
    image: postgres:17`,
    'compose.yaml',
  );
});

test('stays silent on references written as a bare $VAR', () => {
  expectRule(
    RULE,
    `services:
  probe:
    image: busybox:1.36
    network_mode: "service:$TARGET"
    volumes_from:
      - $DATA_SOURCE
    links:
      - $UPSTREAM:backend`,
    'compose.yaml',
  );
});

test('is a warning in an override file and silent with include', () => {
  const text = 'services:\n  app:\n    network_mode: "service:vpn"\n';
  assert.deepEqual(lint(text, 'compose.override.yaml').filter((finding) => finding.ruleId === RULE).map((finding) => finding.severity), ['warning']);
  expectRule(RULE, `include: [./vpn.yaml]\n${text}`, 'compose.yaml');
});
