// Realistic Compose projects split across files, read from disk as the CLI and the server read them: no finding at all.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFiles } from '../../server/src/platform/nodeFiles';
import { createLanguageService } from '../../server/src/service';

const service = createLanguageService({
  files: nodeFiles,
  onRuleError: (ruleId, error) => {
    throw new Error(`rule ${ruleId} threw: ${String(error)}`);
  },
});

const projects = ['compose-project'];

for (const project of projects) {
  const folder = join(__dirname, '../fixtures', project);
  const composeFiles = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /(^|\/)(compose|common)[^/]*\.ya?ml$/.test(file));
  for (const file of composeFiles) {
    test(`${project}/${file} stays clean with its side files read from disk`, () => {
      const path = join(folder, file);
      const document = TextDocument.create(pathToFileURL(path).href, 'dockercompose', 1, readFileSync(path, 'utf8'));
      assert.deepEqual(service.lint(document).map((f) => `${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`), []);
    });
  }
}

test('the project fixture is resolved across files, not merely silent', () => {
  const path = join(__dirname, '../fixtures/compose-project/compose.yaml');
  const text = readFileSync(path, 'utf8').replace('depends_on:\n      db:', 'depends_on:\n      dbb:');
  const findings = service.lint(TextDocument.create(pathToFileURL(path).href, 'dockercompose', 2, text));
  assert.deepEqual(findings.map((finding) => finding.ruleId), ['depends-on-undefined-service']);
});
