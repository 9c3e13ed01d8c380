// Cross-file resolution of Compose files through a fake FileProvider: include, extends.file, env_file, .env and build Dockerfiles.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildComposeModel } from '../../server/src/compose/model';
import { substituteVariables } from '../../server/src/compose/interpolation';
import { dockerfileHealth } from '../../server/src/compose/project/dockerfileHealth';
import { envFileValues } from '../../server/src/compose/project/envFile';
import { MAX_SIDE_FILES } from '../../server/src/compose/project/sideFiles';
import { resolvePath } from '../../server/src/compose/project/paths';
import { MAX_SIDE_FILE_BYTES, nodeFiles } from '../../server/src/platform/nodeFiles';
import { createLanguageService, type Finding } from '../../server/src/service';

/** Lints `file:///p/compose.yaml` (or another name) with the other files of the map readable beside it. */
function lintProject(files: Record<string, string>, main = 'compose.yaml', reads: string[] = [], tooLarge: string[] = []): Finding[] {
  const service = createLanguageService({
    files: {
      readText: (uri) => (reads.push(uri), files[uri.replace('file:///p/', '')]),
      tooLarge: (uri) => (tooLarge.includes(uri.replace('file:///p/', '')) ? { bytes: 2e6, limit: 1e6 } : undefined),
    },
    onRuleError: (ruleId, error) => {
      throw new Error(`rule ${ruleId} threw: ${String(error)}`);
    },
  });
  return service.lint(TextDocument.create(`file:///p/${main}`, 'dockercompose', 1, files[main]!));
}

const ids = (findings: Finding[], rule: string) => findings.filter((finding) => finding.ruleId === rule).map((finding) => `${finding.range.start.line}:${finding.range.start.character} ${finding.severity}`);

test('services, volumes and networks of included files count as defined, in short and long include syntax', () => {
  const findings = lintProject({
    'compose.yaml': 'include:\n  - db/compose.yaml\n  - path: [cache.yaml, cache.override.yaml]\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [db, cache, redis, missing]\n    networks: [backend]\n    volumes: [shared:/data]\n',
    'db/compose.yaml': 'include: [../nested.yaml]\nservices:\n  db:\n    image: postgres:17\nnetworks:\n  backend:\n',
    'cache.yaml': 'services:\n  cache:\n    image: redis:7\n',
    'cache.override.yaml': 'volumes:\n  shared:\n',
    'nested.yaml': 'services:\n  redis:\n    image: redis:7\n',
  });
  assert.deepEqual(ids(findings, 'depends-on-undefined-service'), ['6:35 error']);
  assert.deepEqual(ids(findings, 'no-undefined-resource'), []);
  assert.deepEqual(ids(findings, 'no-missing-file'), []);
});

test('stays silent on undefined names when an included file cannot be read, and reports the missing include', () => {
  const findings = lintProject({ 'compose.yaml': 'include:\n  - missing.yaml\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [db]\n' });
  assert.deepEqual(ids(findings, 'depends-on-undefined-service'), []);
  assert.deepEqual(ids(findings, 'no-missing-file'), ['1:4 error']);
  // Without any file provider nothing is known, so nothing is reported either way.
  const service = createLanguageService();
  const quiet = service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, 'include:\n  - missing.yaml\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [db]\n'));
  assert.deepEqual(quiet.filter((finding) => /depends-on|missing-file/.test(finding.ruleId)), []);
});

test('include cycles stop the walk, and every side file is read at most once', () => {
  const reads: string[] = [];
  const findings = lintProject(
    {
      'compose.yaml': 'include: [a.yaml, b.yaml]\nservices:\n  web:\n    image: example/web:1.0\n    env_file: [app.env, app.env]\n    depends_on: [a, b]\n',
      'a.yaml': 'include: [b.yaml, compose.yaml]\nservices:\n  a:\n    image: example/a:1.0\n',
      'b.yaml': 'include: [a.yaml]\nservices:\n  b:\n    image: example/b:1.0\n',
      'app.env': 'A=1\n',
    },
    'compose.yaml',
    reads,
  );
  assert.deepEqual(ids(findings, 'depends-on-undefined-service'), []);
  assert.deepEqual(reads, [...new Set(reads)]);
});

test('side files are bounded per model', () => {
  const entries = Array.from({ length: MAX_SIDE_FILES + 20 }, (_, index) => `      - e${index}.env`).join('\n');
  const reads: string[] = [];
  lintProject({ 'compose.yaml': `services:\n  web:\n    image: example/web:1.0\n    env_file:\n${entries}\n` }, 'compose.yaml', reads);
  assert.ok(reads.length <= MAX_SIDE_FILES, `${reads.length} reads`);
});

test('extends.file: a missing file is an error, a missing service in a read file is an error, a found one is fine', () => {
  const findings = lintProject({
    'compose.yaml': 'services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n  api:\n    extends:\n      file: common.yaml\n      service: bsae\n  worker:\n    extends:\n      file: gone.yaml\n      service: base\n',
    'common.yaml': 'services:\n  base:\n    image: example/base:1.0\n',
  });
  assert.deepEqual(ids(findings, 'no-missing-file'), ['11:12 error']);
  const reference = findings.filter((finding) => finding.ruleId === 'no-undefined-service-reference');
  assert.deepEqual(ids(findings, 'no-undefined-service-reference'), ['8:15 error']);
  assert.match(reference[0]!.message, /common\.yaml does not define.*Did you mean "base"/);
});

test('env_file: missing required files are errors, `required: false` ones are silent, in every syntax', () => {
  const findings = lintProject({
    'compose.yaml': 'services:\n  web:\n    image: example/web:1.0\n    env_file: web.env\n  api:\n    image: example/api:1.0\n    env_file:\n      - app.env\n      - path: ./local.env\n        required: false\n      - path: ./prod.env\n',
    'app.env': 'A=1\n',
  });
  assert.deepEqual(ids(findings, 'no-missing-file'), ['3:14 error', '10:14 error']);
});

test('a missing Dockerfile is a warning at the dockerfile or context it comes from', () => {
  const findings = lintProject({
    'compose.yaml': 'services:\n  web:\n    build: ./web\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.prod\n  ok:\n    build: .\n  inline:\n    build:\n      dockerfile_inline: FROM alpine:3.20\n  remote:\n    build: https://github.com/example/app.git#main\n',
    Dockerfile: 'FROM alpine:3.20\n',
  });
  assert.deepEqual(ids(findings, 'no-missing-file'), ['2:11 warning', '6:18 warning']);
});

test('healthy-dependency-needs-healthcheck reads the built Dockerfile', () => {
  const compose = (build: string) => `services:\n  web:\n    image: example/web:1.0\n    depends_on:\n      api:\n        condition: service_healthy\n  api:\n    build: ${build}\n`;
  const run = (dockerfile: string, build = '.') => lintProject({ 'compose.yaml': compose(build), Dockerfile: dockerfile, 'api/Dockerfile': dockerfile }).filter((finding) => finding.ruleId === 'healthy-dependency-needs-healthcheck');
  assert.deepEqual(run('FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'), []);
  assert.deepEqual(run('FROM node:22 AS base\nHEALTHCHECK --interval=5s \\\n  CMD true\nFROM base\nCMD ["node"]\n', './api'), []);
  const none = run('FROM node:22\nCMD ["node", "server.js"]\n');
  assert.deepEqual(none.map((finding) => finding.severity), ['warning']);
  assert.match(none[0]!.message, /neither the file nor the Dockerfile.*node:22 has none/);
  assert.deepEqual(run('FROM example/base:1.0\nCMD ["run"]\n').map((finding) => finding.severity), ['info']);
  assert.deepEqual(run('FROM node:22\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n').map((finding) => finding.severity), ['error']);
  // Unreadable Dockerfile: the earlier, informational answer.
  assert.deepEqual(lintProject({ 'compose.yaml': compose('./elsewhere') }).filter((finding) => finding.ruleId === 'healthy-dependency-needs-healthcheck').map((finding) => finding.severity), ['info']);
});

test('the Dockerfile scan follows the build target and stage inheritance, and skips heredoc bodies', () => {
  const text = 'FROM node:22 AS base\nHEALTHCHECK CMD true\nFROM base AS dev\nRUN <<EOF\nHEALTHCHECK NONE\nEOF\nFROM scratch AS release\nCOPY --from=base /app /app\n';
  assert.deepEqual(dockerfileHealth(text), { kind: 'none', base: 'scratch' });
  assert.deepEqual(dockerfileHealth(text, 'dev'), { kind: 'defined' });
  assert.equal(dockerfileHealth(text, 'missing'), undefined);
  assert.deepEqual(dockerfileHealth('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nHEALTHCHECK `\n  CMD ping localhost\n'), { kind: 'defined' });
});

test('paths resolve beside the file, keep odd characters, and leave remote or interpolated ones unknown', () => {
  assert.equal(resolvePath('file:///p/compose.yaml', './a b/#1.env'), 'file:///p/a%20b/%231.env');
  assert.equal(resolvePath('file:///p/sub/compose.yaml', '../x.yaml'), 'file:///p/x.yaml');
  assert.equal(resolvePath('file:///p/compose.yaml', '/etc/app.env'), 'file:///etc/app.env');
  assert.equal(resolvePath('file:///p/compose.yaml', 'C:\\app\\x.env'), 'file:///C:/app/x.env');
  assert.equal(resolvePath('file:///p/compose.yaml', '${DIR}/x.env'), undefined);
  assert.equal(resolvePath('file:///p/compose.yaml', 'oci://registry/app:1'), undefined);
  assert.equal(resolvePath('untitled:Untitled-1', 'x.env'), undefined);
});

test('the model reads .env beside the file and the env files it names', () => {
  const files: Record<string, string> = { '.env': '# settings\nexport TAG=1.0\nPORT = 80\nEMPTY=\nBARE\n', 'web.env': 'A=1\n' };
  const document = TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, 'services:\n  web:\n    image: x\n    env_file: web.env\n');
  const model = buildComposeModel(document, { fileName: 'compose.yaml', files: { readText: (uri) => files[uri.replace('file:///p/', '')] } });
  assert.deepEqual([...model.project.dotEnv!], ['TAG', 'PORT', 'EMPTY', 'BARE']);
  assert.deepEqual([...model.project.envFiles.get('web.env')!], ['A']);
});

test('the Node file provider tells a file over its size limit from a missing one', () => {
  const folder = mkdtempSync(join(tmpdir(), 'coach-files-'));
  try {
    writeFileSync(join(folder, 'small.env'), 'A=1\n');
    writeFileSync(join(folder, 'big.env'), Buffer.alloc(MAX_SIDE_FILE_BYTES + 1, 'a'));
    const uri = (name: string) => pathToFileURL(join(folder, name)).href;
    assert.equal(nodeFiles.readText(uri('small.env')), 'A=1\n');
    assert.equal(nodeFiles.tooLarge?.(uri('small.env')), undefined);
    assert.equal(nodeFiles.readText(uri('big.env')), undefined);
    assert.deepEqual(nodeFiles.tooLarge?.(uri('big.env')), { bytes: MAX_SIDE_FILE_BYTES + 1, limit: MAX_SIDE_FILE_BYTES });
    assert.equal(nodeFiles.readText(uri('gone.env')), undefined);
    assert.equal(nodeFiles.tooLarge?.(uri('gone.env')), undefined);
    // A folder is neither readable text nor too large.
    assert.equal(nodeFiles.tooLarge?.(pathToFileURL(folder).href), undefined);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

const messages = (findings: Finding[], rule: string) => findings.filter((finding) => finding.ruleId === rule).map((finding) => finding.message);

test('include paths with variables are followed with the values of .env and the defaults written there', () => {
  const findings = lintProject({
    'compose.yaml': 'include:\n  - ${STACK}/db.yaml\n  - path: ${CACHE_DIR:-./cache}/compose.yaml\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [db, cache, missing]\n',
    '.env': 'STACK=./stack\n',
    'stack/db.yaml': 'services:\n  db:\n    image: postgres:17\n',
    'cache/compose.yaml': 'services:\n  cache:\n    image: redis:7\n',
  });
  assert.deepEqual(ids(findings, 'depends-on-undefined-service'), ['6:28 error']);
  assert.deepEqual(ids(findings, 'no-missing-file'), []);
});

test('an include path whose variable is unknown is neither followed nor reported, and names stay unjudged', () => {
  // No default and not in .env: the shell may set it. HOME is set by every shell, whatever .env says.
  for (const path of ['${STACK}/db.yaml', '${HOME}/db.yaml', '${STACK:?set STACK}/db.yaml', '$STACK/db.yaml']) {
    const findings = lintProject({ 'compose.yaml': `include:\n  - ${path}\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [db]\n`, '.env': 'OTHER=1\n' });
    assert.deepEqual(ids(findings, 'no-missing-file'), [], path);
    assert.deepEqual(ids(findings, 'depends-on-undefined-service'), [], path);
  }
  // An unreadable .env leaves every variable unknown, defaults included.
  const unread = lintProject({ 'compose.yaml': 'include:\n  - ${STACK:-./gone}/db.yaml\nservices:\n  web:\n    image: example/web:1.0\n' }, 'compose.yaml', [], ['.env']);
  assert.deepEqual(ids(unread, 'no-missing-file'), []);
});

test('a missing include reached through variables is a warning that names the resolved path', () => {
  const findings = lintProject({ 'compose.yaml': 'include:\n  - ${STACK:-./stack}/db.yaml\nservices:\n  web:\n    image: example/web:1.0\n' });
  assert.deepEqual(ids(findings, 'no-missing-file'), ['1:4 warning']);
  assert.match(messages(findings, 'no-missing-file')[0]!, /"\$\{STACK:-\.\/stack\}\/db\.yaml" \(here "\.\/stack\/db\.yaml"\).*shell may set/);
});

test('the long include syntax: project_directory and env_file decide the nested variables and paths', () => {
  const files = {
    'compose.yaml':
      'include:\n  - path: ${APP:-app}/compose.yaml\n    project_directory: ${APP_DIR:-./app}\n    env_file: ${APP_ENV:-app.env}\n  - path: lib/compose.yaml\nservices:\n  web:\n    image: example/web:1.0\n    depends_on: [api, worker, lib, libdb]\n',
    'app.env': 'WORKERS=./workers\n',
    'app/compose.yaml': 'include:\n  - ${WORKERS}/compose.yaml\nservices:\n  api:\n    image: example/api:1.0\n',
    // Nested include paths resolve from the entry's project directory.
    'app/workers/compose.yaml': 'services:\n  worker:\n    image: example/worker:1.0\n',
    // Without env_file, the included project's own .env: values the parent already set win.
    'lib/compose.yaml': 'include:\n  - ${LIB_DB}.yaml\nservices:\n  lib:\n    image: example/lib:1.0\n',
    'lib/.env': 'LIB_DB=db\nAPP=elsewhere\n',
    'lib/db.yaml': 'services:\n  libdb:\n    image: postgres:17\n',
  };
  const findings = lintProject(files);
  assert.deepEqual(ids(findings, 'depends-on-undefined-service'), []);
  assert.deepEqual(ids(findings, 'no-missing-file'), []);
  // A missing env_file of an include entry stops Compose too.
  const { 'app.env': _unused, ...withoutEnv } = files;
  const missing = lintProject(withoutEnv);
  assert.deepEqual(ids(missing, 'no-missing-file'), ['3:14 warning']);
  assert.match(messages(missing, 'no-missing-file')[0]!, /include entry reads the env file "\$\{APP_ENV:-app\.env\}" \(here "app\.env"\)/);
});

test('extends.file with variables: the file is read, so a wrong service is found; a missing one is a warning', () => {
  const findings = lintProject({
    'compose.yaml': 'services:\n  web:\n    extends:\n      file: ${COMMON:-common.yaml}\n      service: bsae\n  api:\n    extends:\n      file: ${GONE:-gone.yaml}\n      service: base\n  worker:\n    extends:\n      file: ${UNSET}.yaml\n      service: base\n',
    'common.yaml': 'services:\n  base:\n    image: example/base:1.0\n',
  });
  assert.deepEqual(ids(findings, 'no-undefined-service-reference'), ['4:15 error']);
  assert.deepEqual(ids(findings, 'no-missing-file'), ['7:12 warning']);
});

test('substituteVariables follows Compose: defaults, alternatives, errors, escapes and unknowns', () => {
  const values: Record<string, string | null | undefined> = { SET: 'v', EMPTY: '', UNKNOWN: undefined };
  const lookup = (name: string) => (name in values ? values[name] : null);
  const cases: [string, string | undefined][] = [
    ['a/${SET}/$SET', 'a/v/v'],
    ['${EMPTY:-d}|${EMPTY-d}|${UNSET-d}', 'd||d'],
    ['${SET:+alt}|${EMPTY:+alt}|${EMPTY+alt}|${UNSET+alt}', 'alt||alt|'],
    ['${UNSET:-${SET}/x}', 'v/x'],
    ['$$SET/$1', '$SET/$1'],
    ['${SET:?err}', 'v'],
    ['${EMPTY:?err}', undefined],
    ['${UNSET}', undefined],
    ['${UNKNOWN:-d}', undefined],
    ['${SET:-${UNKNOWN}}', 'v'],
    ['${SET', undefined],
  ];
  for (const [value, expected] of cases) assert.equal(substituteVariables(value, lookup), expected, value);
});

test('env file values: quotes, inline comments, and values only the environment knows', () => {
  const values = envFileValues("A=plain # note\nexport B='single # kept'\nC=\"double\"\nD=${OTHER}/x\nE\nF=\"esc\\n\"\nG='open\n");
  assert.deepEqual([...values], [
    ['A', 'plain'],
    ['B', 'single # kept'],
    ['C', 'double'],
    ['D', undefined],
    ['E', undefined],
    ['F', undefined],
    ['G', undefined],
  ]);
});

test('a service without image or build is an error, unless an override file beside the project file may supply one', () => {
  const base = 'services:\n  web:\n    command: ["serve"]\n';
  assert.deepEqual(ids(lintProject({ 'compose.yaml': base }), 'compose-schema'), ['1:2 error']);
  assert.deepEqual(ids(lintProject({ 'compose.yaml': base, 'compose.override.yaml': 'services:\n  web:\n    build: .\n' }), 'compose-schema'), []);
});
