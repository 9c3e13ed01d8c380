// Times in-process Dockerfile validation (no LSP, no peers) so small engine changes show up; `--cpu-prof` friendly via --profile.
// Run: node --import tsx test/bench/dockerfile-inprocess.mjs [--profile] [--sizes=200,1000]
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/index.ts';
import { dockerfileOfLines } from './generate.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// --profile: one size, many iterations and no printing in the loop, so a CPU profile is dominated by validate().
const profile = process.argv.includes('--profile');
const sizes = (arg('sizes') ?? (profile ? '1000' : '200,1000,10000')).split(',').map(Number);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const service = createLanguageService();
let version = 0;
for (const lines of sizes) {
  const base = dockerfileOfLines(lines);
  const runs = profile ? 400 : lines >= 10000 ? 30 : lines >= 1000 ? 150 : 400;
  const warm = Math.max(5, Math.floor(runs / 10));
  const times = [];
  let count = 0;
  for (let i = 0; i < warm + runs; i++) {
    // A fresh version each time, with a one-line edit, as a keystroke would make: no model reuse.
    const text = base.replace('ARG NODE_ENV=production', `ARG NODE_ENV=production${'x'.repeat(i % 7)}`);
    const document = TextDocument.create('file:///bench/Dockerfile', 'dockerfile', ++version, text);
    const started = performance.now();
    count = service.validate(document).length;
    if (i >= warm) times.push(performance.now() - started);
  }
  if (!profile || process.argv.includes('--verbose')) console.log(`${lines} lines: median ${median(times).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, ${runs} runs, ${count} diagnostics)`);
}
