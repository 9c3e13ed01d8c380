// no-unset-interpolation-variable: fires on variables without default that .env does not set (naming env_file confusion); silent with defaults, .env values, or no readable folder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type Finding } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const RULE = 'no-unset-interpolation-variable';

function lintWith(text: string, files: Record<string, string>): Finding[] {
  const service = createLanguageService({ files: { readText: (uri) => files[uri.replace('file:///p/', '')] } });
  return service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, text)).filter((finding) => finding.ruleId === RULE);
}

test('fires on variables that neither .env nor a default provides, once per use', () => {
  const findings = lintWith('services:\n  web:\n    image: example/web:${TAG}\n    env_file: web.env\n    environment:\n      A: $PORT ${PORT}\n      B: ${API_KEY}\n', { '.env': 'OTHER=1\n', 'web.env': 'API_KEY=x\n' });
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character, f.severity]), [
    [2, 23, 29, 'info'],
    [5, 9, 14, 'info'],
    [5, 15, 22, 'info'],
    [6, 9, 19, 'info'],
  ]);
  assert.match(findings[0]!.message, /"TAG" has no default and is not set in \.env/);
  assert.match(findings[3]!.message, /set in the env_file web\.env, but env files only reach the container/);
});

test('fires on every variable when the folder has no .env', () => {
  assert.equal(lintWith('services:\n  web:\n    image: example/web:${TAG}\n', {}).length, 1);
});

test('stays silent for .env values, defaults, required and alternative forms, login variables and escapes', () => {
  const findings = lintWith('services:\n  web:\n    image: example/web:${TAG}\n    command: sh -c "echo $HOME $$LOCAL ${A:-1} ${B-2} ${C:?set C} ${D:+x}"\n', { '.env': 'TAG=1.0\n' });
  assert.deepEqual(findings, []);
});

test('stays silent without a readable folder', () => {
  expectRule(RULE, 'services:\n  web:\n    image: example/web:${TAG}\n', 'compose.yaml');
});

test('stays silent for COMPOSE_* variables, which Compose or its caller sets', () => {
  assert.deepEqual(lintWith('services:\n  web:\n    image: example/web:1.0\n    container_name: ${COMPOSE_PROJECT_NAME}-web\n', {}), []);
});
