// .hadolint.yaml: parsing, the upward search through the FileProvider, severities under the user's settings, and config errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { failRank, fails, FAIL_LEVELS } from '../../server/src/cli/failLevel';
import { globalHadolintConfigUris, hadolintFailureThreshold, locateHadolintConfig, parseHadolintConfig, withHadolintSeverities } from '../../server/src/dockerfile/hadolintConfig';
import { createLanguageService, defaultSettings, type Settings } from '../../server/src/service';

function serviceWith(files: Record<string, string>, reads: string[] = []) {
  return createLanguageService({
    files: {
      readText: (uri) => {
        reads.push(uri);
        return files[uri];
      },
    },
    onRuleError: (ruleId, error) => {
      throw new Error(`rule ${ruleId} threw: ${String(error)}`);
    },
  });
}

let version = 0;
function lintAt(files: Record<string, string>, uri: string, text: string, settings: Settings = defaultSettings) {
  return serviceWith(files).lint(TextDocument.create(uri, 'dockerfile', ++version, text), settings);
}

const UNTAGGED = 'FROM node\nCMD ["node"]\n';

test('parses every documented key', () => {
  const config = parseHadolintConfig(
    `failure-threshold: warning
format: json
ignored: [DL3000, SC1010]
override:
  error: [DL3001]
  warning: [DL3042]
  info: [DL3032]
  style: [DL3015]
trustedRegistries:
  - docker.io
  - "*.gcr.io"
label-schema:
  author: text
  version: semver
strict-labels: true
disable-ignore-pragma: false
no-color: true
no-fail: false
`,
    'file:///p/.hadolint.yaml',
  );
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.ignored, ['DL3000', 'SC1010']);
  assert.deepEqual(config.override, { error: ['DL3001'], warning: ['DL3042'], info: ['DL3032'], style: ['DL3015'] });
  assert.deepEqual(config.trustedRegistries, ['docker.io', '*.gcr.io']);
  assert.deepEqual([...config.labelSchema], [['author', 'text'], ['version', 'semver']]);
  assert.equal(config.strictLabels, true);
  assert.equal(config.failureThreshold, 'warning');
});

test('a single trusted registry may be a plain string, and an empty file is an empty config', () => {
  assert.deepEqual(parseHadolintConfig('trustedRegistries: my-company.com:5000', 'file:///c').trustedRegistries, ['my-company.com:5000']);
  const empty = parseHadolintConfig('# nothing yet\n', 'file:///c');
  assert.deepEqual(empty.problems, []);
  assert.equal(empty.unreadable, false);
});

test('bad YAML, wrong shapes and unknown keys become problems, never exceptions', () => {
  assert.equal(parseHadolintConfig('ignored: [DL3000\n', 'file:///c').unreadable, true);
  assert.equal(parseHadolintConfig('- just\n- a list\n', 'file:///c').unreadable, true);
  const config = parseHadolintConfig('ignore: [DL3000]\noverride:\n  fatal: [DL3001]\nlabel-schema:\n  version: number\nstrict-labels: yes please\nignored: DL3007\n', 'file:///c');
  assert.equal(config.unreadable, false);
  assert.equal(config.problems.length, 5);
  assert.match(config.problems[0]!, /no key "ignore" \(did you mean "ignored"\?\)/);
  // A hostile alias bomb is cut off rather than expanded.
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  assert.ok(parseHadolintConfig(bomb, 'file:///c').problems.length >= 1);
});

test('the nearest folder wins; .yaml before .yml; parents up to 12 levels, stopping at the root', () => {
  const files = { 'file:///repo/.hadolint.yml': 'ignored: [DL3007]', 'file:///repo/app/.hadolint.yaml': 'ignored: [DL3006]', 'file:///repo/app/.hadolint.yml': 'x' };
  const reader = { readText: (uri: string) => (files as Record<string, string>)[uri] };
  assert.equal(locateHadolintConfig('file:///repo/app/Dockerfile', reader)?.uri, 'file:///repo/app/.hadolint.yaml');
  assert.equal(locateHadolintConfig('file:///repo/app/sub/Dockerfile', reader)?.uri, 'file:///repo/app/.hadolint.yaml');
  assert.equal(locateHadolintConfig('file:///repo/other/Dockerfile', reader)?.uri, 'file:///repo/.hadolint.yml');
  const reads: string[] = [];
  const deep = `file:///${Array.from({ length: 20 }, (_, i) => `d${i}`).join('/')}/Dockerfile`;
  assert.equal(locateHadolintConfig(deep, { readText: (uri) => void reads.push(uri) as undefined }), undefined);
  assert.equal(reads.length, 12 * 2);
  reads.length = 0;
  locateHadolintConfig('file:///a/Dockerfile', { readText: (uri) => void reads.push(uri) as undefined });
  assert.deepEqual(reads, ['file:///a/.hadolint.yaml', 'file:///a/.hadolint.yml', 'file:///.hadolint.yaml', 'file:///.hadolint.yml']);
  assert.equal(locateHadolintConfig('untitled:Untitled-1', reader), undefined);
});

test('global locations are read only when no project folder has a config', () => {
  const uris = globalHadolintConfigUris({ XDG_CONFIG_HOME: '/home/me/.config', HOME: '/home/me' });
  assert.equal(uris[0], 'file:///home/me/.config/hadolint.yaml');
  assert.ok(uris.includes('file:///home/me/.hadolint.yaml'));
  assert.equal(globalHadolintConfigUris({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' })[0], 'file:///C:/Users/me/AppData/Local/hadolint.yaml');
  const reader = { readText: (uri: string) => (uri === 'file:///home/me/.hadolint.yaml' ? 'ignored: [DL3006]' : undefined) };
  assert.equal(locateHadolintConfig('file:///w/Dockerfile', reader, uris)?.uri, 'file:///home/me/.hadolint.yaml');
});

test('ignored turns a rule off through its hadolint alias', () => {
  const files = { 'file:///project/.hadolint.yaml': 'ignored:\n  - DL3006\n  - DL3007\n' };
  assert.deepEqual(lintAt(files, 'file:///project/Dockerfile', UNTAGGED).map((f) => f.ruleId), []);
  assert.deepEqual(lintAt({}, 'file:///project/Dockerfile', UNTAGGED).map((f) => f.ruleId), ['pin-base-image-tag']);
});

test('override sets severities; style is a hint', () => {
  const files = { 'file:///project/.hadolint.yaml': 'override:\n  style: [DL3006]\n  error: [DL4000]\n' };
  const findings = lintAt(files, 'file:///project/Dockerfile', 'FROM node\nMAINTAINER me\nCMD ["node"]\n');
  assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['pin-base-image-tag', 'hint'], ['no-maintainer', 'error']]);
});

test('ignore wins over override for the same code, as in hadolint', () => {
  const files = { 'file:///project/.hadolint.yaml': 'ignored: [DL3006]\noverride:\n  error: [DL3006]\n' };
  assert.deepEqual(lintAt(files, 'file:///project/Dockerfile', UNTAGGED), []);
});

test('the user\'s settings win over the config, whether they name the rule by id or by alias', () => {
  const files = { 'file:///project/.hadolint.yaml': 'ignored: [DL3006, DL3007]\n' };
  const byId = lintAt(files, 'file:///project/Dockerfile', UNTAGGED, { enable: true, rules: { 'pin-base-image-tag': 'info' } });
  assert.deepEqual(byId.map((f) => f.severity), ['info']);
  const byAlias = lintAt(files, 'file:///project/Dockerfile', UNTAGGED, { enable: true, rules: { dl3006: 'error' } });
  assert.deepEqual(byAlias.map((f) => f.severity), ['error']);
});

test('withHadolintSeverities leaves settings untouched without config or without severities', () => {
  const settings: Settings = { enable: true, rules: { x: 'off' } };
  assert.equal(withHadolintSeverities(settings, [], undefined), settings);
  assert.equal(withHadolintSeverities(settings, [], parseHadolintConfig('trustedRegistries: [docker.io]', 'file:///c')), settings);
});

test('a broken config gives one info finding on line 1 naming the file, and the Dockerfile is still checked', () => {
  const files = { 'file:///project/.hadolint.yaml': 'ignored: [DL3006\n' };
  const findings = lintAt(files, 'file:///project/sub/Dockerfile', UNTAGGED);
  const config = findings.filter((f) => f.ruleId === 'valid-hadolint-config');
  assert.equal(config.length, 1);
  assert.equal(config[0]!.severity, 'info');
  assert.equal(config[0]!.range.start.line, 0);
  assert.match(config[0]!.message, /\/project\/\.hadolint\.yaml is not applied: it is not valid YAML/);
  assert.ok(findings.some((f) => f.ruleId === 'pin-base-image-tag'));
});

test('partly valid configs are applied where they can be, and the problems are named', () => {
  const files = { 'file:///project/.hadolint.yaml': 'ignored: [DL3006]\nnocolor: true\n' };
  const findings = lintAt(files, 'file:///project/Dockerfile', UNTAGGED);
  assert.deepEqual(findings.map((f) => f.ruleId), ['valid-hadolint-config']);
  assert.match(findings[0]!.message, /only partly applied: hadolint has no key "nocolor" \(did you mean "no-color"\?\)/);
});

test('the config is read once per document version, and not for Compose files', () => {
  const reads: string[] = [];
  const service = serviceWith({ 'file:///project/.hadolint.yaml': 'ignored: [DL3006]' }, reads);
  const document = TextDocument.create('file:///project/Dockerfile', 'dockerfile', 1, UNTAGGED);
  service.lint(document);
  service.lint(document);
  assert.deepEqual(reads.filter((uri) => uri.includes('hadolint')), ['file:///project/.hadolint.yaml']);
  reads.length = 0;
  service.lint(TextDocument.create('file:///project/compose.yaml', 'dockercompose', 1, 'services: {}\n'));
  assert.deepEqual(reads.filter((uri) => uri.includes('hadolint')), []);
});

test('disable-ignore-pragma turns off hadolint ignore comments, inline and global; ours and BuildKit\'s still work', () => {
  const off = { 'file:///project/.hadolint.yaml': 'disable-ignore-pragma: true\n' };
  const at = (files: Record<string, string>, text: string) => lintAt(files, 'file:///project/Dockerfile', text).map((f) => f.ruleId);
  assert.deepEqual(at(off, '# hadolint ignore=DL3006\nFROM node\nCMD ["node"]\n'), ['pin-base-image-tag']);
  assert.deepEqual(at(off, '# hadolint global ignore=DL3006\nFROM node\nCMD ["node"]\n'), ['pin-base-image-tag']);
  assert.deepEqual(at(off, '# coach-ignore pin-base-image-tag -- rolling tag on purpose\nFROM node\nCMD ["node"]\n'), []);
  assert.deepEqual(at({}, '# hadolint ignore=DL3006\nFROM node\nCMD ["node"]\n'), []);
  assert.deepEqual(at({ 'file:///project/.hadolint.yaml': 'disable-ignore-pragma: false\n' }, '# hadolint ignore=DL3006\nFROM node\nCMD ["node"]\n'), []);
});

test('failure-threshold decides a Dockerfile\'s exit code only when --fail-level is not given', () => {
  const reader = { readText: (uri: string) => (uri === 'file:///project/.hadolint.yaml' ? 'failure-threshold: warning\n' : undefined) };
  const threshold = hadolintFailureThreshold('file:///project/sub/Dockerfile', reader);
  assert.equal(threshold, 'warning');
  assert.equal(hadolintFailureThreshold('file:///elsewhere/Dockerfile', reader), undefined);
  const warnings = [{ severity: 'warning' as const }];
  assert.equal(fails(warnings, failRank(undefined, threshold)), true);
  assert.equal(fails(warnings, failRank(FAIL_LEVELS.error, threshold)), false, 'an explicit --fail-level wins');
  assert.equal(fails(warnings, failRank(undefined, undefined)), false, 'the default stays error');
  assert.equal(fails(warnings, failRank(undefined, 'error')), false);
  // hadolint: style is our hint, and both ignore and none fail on any finding.
  assert.equal(fails([{ severity: 'hint' }], failRank(undefined, 'style')), true);
  assert.equal(fails([{ severity: 'hint' }], failRank(undefined, 'info')), false);
  assert.equal(fails([{ severity: 'hint' }], failRank(undefined, 'none')), true);
});
