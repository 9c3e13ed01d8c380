// Builds everything the extension ships: the content bundle, then the client, server and CLI bundles with esbuild.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './content.mjs';
import { writeComposeValidator } from '../server/src/compose/schema/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// The Markdown docs become one JSON module that the service imports, so no file I/O happens at hover time.
function writeContent() {
  const out = join(root, 'server/src/content/generated/content.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(loadContent(root)));
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  define: { SERVER_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['client/src/quiz/webview/main.ts'], outfile: 'dist/quiz.js', platform: 'browser', format: 'iife', target: 'es2020' },
];

writeContent();
writeComposeValidator(root);
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching for changes');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.length} bundles in ${Date.now() - started} ms`);
}
