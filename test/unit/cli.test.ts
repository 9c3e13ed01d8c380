// The bundled CLI: formats, exit codes, folder discovery and clear errors, run as a user would run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' });

test('lint --format json lists every discovered file with findings, aliases and ranges', () => {
  const result = cli('lint', 'test/fixtures/broken', '--format', 'json');
  assert.equal(result.status, 1, result.stderr);
  const reports = JSON.parse(result.stdout) as { file: string; findings: { ruleId: string; aliases: string[]; severity: string; range: unknown; fixable: boolean }[] }[];
  assert.deepEqual(reports.map((r) => r.file).sort(), ['test/fixtures/broken/Dockerfile', 'test/fixtures/broken/docker-compose.yml']);
  const dockerfile = reports.find((r) => r.file.endsWith('Dockerfile'))!;
  const tag = dockerfile.findings.find((f) => f.ruleId === 'pin-base-image-tag')!;
  assert.deepEqual(tag.aliases, ['DL3006', 'DL3007']);
  assert.deepEqual(tag.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } });
  assert.equal(dockerfile.findings.find((f) => f.ruleId === 'no-maintainer')!.fixable, true);
});

test('lint --format sarif emits SARIF 2.1.0 with rules, help links and 1-based regions', () => {
  const result = cli('lint', 'test/fixtures/broken', '--format', 'sarif');
  const sarif = JSON.parse(result.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.name, 'container-coach');
  assert.ok(run.tool.driver.rules.every((rule: { helpUri: string }) => rule.helpUri.startsWith('https://')));
  const result0 = run.results.find((r: { ruleId: string }) => r.ruleId === 'depends-on-undefined-service');
  assert.equal(result0.level, 'error');
  assert.equal(run.tool.driver.rules[result0.ruleIndex].id, 'depends-on-undefined-service');
  assert.deepEqual(result0.locations[0].physicalLocation.region, { startLine: 6, startColumn: 9, endLine: 6, endColumn: 18 });
  assert.equal(result0.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/broken/docker-compose.yml');
});

test('exit codes follow the fail level', () => {
  assert.equal(cli('lint', 'test/fixtures/clean').status, 0);
  assert.equal(cli('lint', 'test/fixtures/broken/Dockerfile').status, 0, 'warnings only, default fail level is error');
  assert.equal(cli('lint', 'test/fixtures/broken/Dockerfile', '--fail-level', 'warning').status, 1);
  assert.equal(cli('lint', 'test/fixtures/broken', '--fail-level', 'none').status, 0);
});

test('without --fail-level, a Dockerfile fails at its .hadolint.yaml failure-threshold; an explicit level wins', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  // Only a warning: an untagged base image.
  writeFileSync(join(folder, 'Dockerfile'), 'FROM node\nCMD ["node"]\n');
  assert.equal(cli('lint', folder).status, 0, 'no config: the default level is error');
  writeFileSync(join(folder, '.hadolint.yaml'), 'failure-threshold: warning\n');
  assert.equal(cli('lint', folder).status, 1);
  assert.equal(cli('lint', folder, '--fail-level', 'error').status, 0);
  writeFileSync(join(folder, '.hadolint.yaml'), 'failure-threshold: error\n');
  assert.equal(cli('lint', folder).status, 0);
});

test('usage errors and unreadable paths exit 2 with one clear line', () => {
  const missing = cli('lint', 'no/such/path');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read "no\/such\/path": no such file or folder/);
  assert.equal(cli('lint', '.', '--format', 'xml').status, 2);
  assert.equal(cli('lint', '.', '--fail-level', 'loud').status, 2);
  assert.equal(cli('frobnicate').status, 2);
  assert.equal(cli('lint', '--bogus').status, 2);
  assert.doesNotMatch(cli('lint', '--bogus').stderr, /at .*\.js:\d+/, 'no stack trace');
});

test('rules --format json lists every rule with aliases and docs', () => {
  const rules = JSON.parse(cli('rules', '--format', 'json').stdout) as { id: string; aliases: { tool: string; id: string }[]; docs: string }[];
  const exec = rules.find((rule) => rule.id === 'prefer-exec-form')!;
  assert.deepEqual(exec.aliases.map((a) => a.id), ['DL3025', 'JSONArgsRecommended']);
  assert.match(exec.docs, /prefer-exec-form\.md$/);
});

test('binary files, invalid UTF-8 and empty files are reported or pass, never crash', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  writeFileSync(join(folder, 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(folder, 'Dockerfile.bad'), Buffer.concat([Buffer.from('FROM alpine:3.20\nLABEL note="'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]));
  writeFileSync(join(folder, 'compose.yaml'), '');
  const result = cli('lint', folder, '--format', 'json');
  assert.equal(result.status, 0, result.stderr);
  const reports = JSON.parse(result.stdout) as { file: string; findings: { ruleId: string }[] }[];
  assert.deepEqual(reports.map((r) => [r.file.slice(folder.length + 1), r.findings.map((f) => f.ruleId)]), [
    ['compose.yaml', []],
    ['Dockerfile', ['readable-text']],
    ['Dockerfile.bad', ['readable-text']],
  ]);
});
