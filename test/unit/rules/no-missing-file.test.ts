// no-missing-file: fires on include, extends.file, env_file and Dockerfile paths that do not exist; silent when they exist, are optional or cannot be checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { parseAnnotated } from '../../support/lint';

const RULE = 'no-missing-file';

/** Checks the marked places of the annotated compose.yaml, with `files` readable beside it. */
function expectMissing(annotated: string, files: Record<string, string>): string[] {
  const { text, expected } = parseAnnotated(annotated);
  const service = createLanguageService({ files: { readText: (uri) => files[uri.replace('file:///p/', '')] } });
  const findings = service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, text)).filter((finding) => finding.ruleId === RULE);
  assert.deepEqual(
    findings.map((finding) => [finding.range.start.line, finding.range.start.character, finding.range.end.character]),
    expected.map((marker) => [marker.line, marker.start, marker.end]),
  );
  return findings.map((finding) => `${finding.severity}: ${finding.message}`);
}

test('fires on a missing include, extends file, required env_file and Dockerfile', () => {
  const messages = expectMissing(
    `include:
  - path: ./shared/compose.yaml
          ^^^^^^^^^^^^^^^^^^^^^ no-missing-file
services:
  web:
    extends:
      file: base.yaml
            ^^^^^^^^^ no-missing-file
      service: web
    env_file:
      - .env.web
        ^^^^^^^^ no-missing-file
  api:
    image: example/api:2.1
    build:
      context: ./api
      dockerfile: Dockerfile.prod
                  ^^^^^^^^^^^^^^^ no-missing-file`,
    {},
  );
  assert.match(messages[0]!, /^error: This file includes "\.\/shared\/compose\.yaml"/);
  assert.match(messages[2]!, /required: false/);
  assert.match(messages[3]!, /^warning: .*\/p\/api\/Dockerfile\.prod/);
});

test('stays silent when the files exist, are optional, remote or interpolated', () => {
  expectMissing(
    `include:
  - shared.yaml
  - oci://registry.example.com/stacks/db:1.0
services:
  web:
    extends: { file: shared.yaml, service: base }
    env_file:
      - path: .env.local
        required: false
      - \${ENV_FILE:-app.env}
    build: .`,
    { 'shared.yaml': 'services:\n  base:\n    image: example/base:1.0\n', Dockerfile: 'FROM alpine:3.20\n' },
  );
});

test('stays silent without a file provider, where nothing can be checked', () => {
  const service = createLanguageService();
  const findings = service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, 'services:\n  web:\n    image: x:1\n    env_file: missing.env\n'));
  assert.deepEqual(findings.filter((finding) => finding.ruleId === RULE), []);
});

test('fires as information, never as missing, on files too large to read', () => {
  const compose = 'include:\n  - big.yaml\nservices:\n  web:\n    image: example/web:1.0\n    env_file: big.env\n    depends_on: [db]\n';
  const big = new Set(['file:///p/big.yaml', 'file:///p/big.env']);
  const service = createLanguageService({
    files: { readText: () => undefined, tooLarge: (uri) => (big.has(uri) ? { bytes: 3.25 * 1024 * 1024, limit: 1024 * 1024 } : undefined) },
  });
  const findings = service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, compose));
  const missing = findings.filter((finding) => finding.ruleId === RULE);
  assert.deepEqual(
    missing.map((finding) => [finding.range.start.line, finding.severity]),
    [
      [1, 'info'],
      [5, 'info'],
    ],
  );
  assert.match(missing[0]!.message, /"big\.yaml" is 3\.3 MB, over the 1 MB .* not checked/);
  // The unread include may define db, so the reference stays unjudged.
  assert.deepEqual(findings.filter((finding) => finding.ruleId === 'depends-on-undefined-service'), []);
});

test('is only a warning for an env_file of an override file, whose relative paths start from the base file', () => {
  // deploy/docker-compose.prod.yml, used as `-f compose.yaml -f deploy/docker-compose.prod.yml`: ./deploy/prod.env is beside compose.yaml.
  const service = createLanguageService({ files: { readText: (uri) => (uri === 'file:///p/deploy/prod.env' ? 'MODE=prod\n' : undefined) } });
  const override = 'services:\n  api:\n    env_file: ./deploy/prod.env\n';
  const findings = service.lint(TextDocument.create('file:///p/deploy/docker-compose.prod.yml', 'dockercompose', 1, override)).filter((finding) => finding.ruleId === RULE);
  assert.deepEqual(
    findings.map((finding) => finding.severity),
    ['warning'],
  );
  assert.match(findings[0]!.message, /merged over a base file/);
  // The same entry in a project file stays an error: its folder is the project's.
  const own = service.lint(TextDocument.create('file:///p/deploy/compose.yaml', 'dockercompose', 1, 'services:\n  api:\n    image: example/api:2.1\n    env_file: ./deploy/prod.env\n'));
  assert.deepEqual(
    own.filter((finding) => finding.ruleId === RULE).map((finding) => finding.severity),
    ['error'],
  );
});
