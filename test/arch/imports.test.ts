// Architecture invariants: the three rings import inward only (service ← LSP adapter ← client), checked by scanning imports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const serviceFiles = sources('server/src').filter((file) => !file.startsWith('server/src/lsp') && file !== 'server/src/server.ts');

test('the language service imports neither vscode nor vscode-languageserver', () => {
  for (const file of serviceFiles) {
    for (const spec of imports(file)) {
      assert.ok(spec !== 'vscode' && !spec.startsWith('vscode-languageserver/') && spec !== 'vscode-languageserver', `${file} imports ${spec}`);
      assert.ok(!spec.includes('/lsp'), `${file} reaches into the LSP adapter (${spec})`);
    }
  }
});

test('only the client imports vscode, and the client imports from the server only the protocol and the content data', () => {
  for (const file of sources('server/src')) for (const spec of imports(file)) assert.notEqual(spec, 'vscode', `${file} imports vscode`);
  for (const file of sources('client/src')) {
    for (const spec of imports(file)) {
      const target = spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : spec;
      // Content (questions, topic docs) is data shared by both sides; engines and rules stay on the server.
      assert.ok(!target.startsWith('server/') || target === 'server/src/protocol' || target.startsWith('server/src/content/'), `${file} imports server code ${spec}`);
    }
  }
});

test('rules do not reach into the service or each other', () => {
  const ruleFiles = sources('server/src').filter((file) => /\/rules\/[a-z0-9-]+\.ts$/.test(file) && !file.endsWith('/index.ts'));
  assert.ok(ruleFiles.length >= 5);
  for (const file of ruleFiles) {
    for (const spec of imports(file)) {
      assert.ok(!/languageService|\/lsp\//.test(spec), `${file} imports ${spec}`);
      assert.ok(!(spec.startsWith('./') && /^\.\/[a-z0-9]+(-[a-z0-9]+)+$/.test(spec)), `${file} imports another rule ${spec}`);
    }
  }
});
