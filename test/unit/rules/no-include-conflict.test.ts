// no-include-conflict: fires when an include brings a name already defined differently; silent on equal definitions, overrides within one entry, and unknowns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type Finding } from '../../../server/src/service';

const RULE = 'no-include-conflict';

/** Lints `file:///p/compose.yaml` with the other files readable beside it; returns the rule's findings. */
function conflicts(files: Record<string, string>): Finding[] {
  const service = createLanguageService({ files: { readText: (uri) => files[uri.replace('file:///p/', '')] } });
  return service.lint(TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, files['compose.yaml']!)).filter((finding) => finding.ruleId === RULE);
}

const places = (findings: Finding[]) => findings.map((finding) => `${finding.range.start.line}:${finding.range.start.character} ${finding.severity}`);

test('fires when an included file defines a service this file defines differently', () => {
  const findings = conflicts({
    'compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  db:\n    image: postgres:17\n    ports: ["5432:5432"]\n',
    'db/compose.yaml': 'services:\n  db:\n    image: postgres:17\n',
  });
  assert.deepEqual(places(findings), ['1:4 warning']);
  assert.match(findings[0]!.message, /^"db\/compose\.yaml" defines service "db", which this file also defines, differently\. Compose v2 refuses .*"services\.db conflicts with imported resource".*Compose v5 merges/);
});

test('fires when two includes define one volume differently, at the later include', () => {
  const findings = conflicts({
    'compose.yaml': 'include:\n  - a.yaml\n  - path: b.yaml\nservices:\n  web:\n    image: example/web:1.0\n',
    'a.yaml': 'volumes:\n  data:\n    driver: local\n',
    'b.yaml': 'volumes:\n  data:\n    external: true\n',
  });
  assert.deepEqual(places(findings), ['2:10 warning']);
  assert.match(findings[0]!.message, /^"b\.yaml" and "a\.yaml" both define volume "data", differently\./);
});

test('fires on a clash inside an included file, at the include that leads there', () => {
  const findings = conflicts({
    'compose.yaml': 'include:\n  - stack/a.yaml\n',
    'stack/a.yaml': 'include: [b.yaml]\nnetworks:\n  backend:\n    driver: bridge\n',
    'stack/b.yaml': 'networks:\n  backend:\n    driver: overlay\n',
  });
  assert.deepEqual(places(findings), ['1:4 warning']);
  assert.match(findings[0]!.message, /"stack\/b\.yaml" defines network "backend", which "stack\/a\.yaml" also defines, differently \(inside the include of "stack\/a\.yaml"\)/);
});

test('stays silent on equal definitions, whatever their key order, and on a file reached twice', () => {
  const proxy = 'networks:\n  proxy:\n    external: true\n    name: proxy\n';
  assert.deepEqual(
    conflicts({
      'compose.yaml': 'include:\n  - one/compose.yaml\n  - two/compose.yaml\n  - shared.yaml\n  - shared.yaml\nnetworks:\n  proxy:\n    name: proxy\n    external: true\n',
      'one/compose.yaml': `services:\n  one:\n    image: example/one:1.0\n${proxy}`,
      'two/compose.yaml': `include: [../shared.yaml]\nservices:\n  two:\n    image: example/two:1.0\n${proxy}`,
      'shared.yaml': 'services:\n  shared:\n    image: example/shared:1.0\n',
    }),
    [],
  );
});

test('stays silent on overrides within one include entry, on values with variables, and on files that cannot be read', () => {
  assert.deepEqual(
    conflicts({
      'compose.yaml': 'include:\n  - path: [db.yaml, db.override.yaml]\n  - tagged.yaml\n  - gone.yaml\nservices:\n  tagged:\n    image: example/app:1.0\n',
      'db.yaml': 'services:\n  db:\n    image: postgres:17\n',
      'db.override.yaml': 'services:\n  db:\n    ports: ["5432:5432"]\n',
      // The variable may well make both definitions equal.
      'tagged.yaml': 'services:\n  tagged:\n    image: example/app:${TAG:-1.0}\n',
    }),
    [],
  );
});
