// Benchmarks Container Coach against its peers, side by side on this machine, and prints a Markdown table of medians and ratios.
// Run with `npm run bench` (builds first, installs the peers into test/bench/peers on first use).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/index.ts';
import { composeOfServices, dockerfileOfLines } from './generate.mjs';
import { median, startServer } from './lspClient.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const peers = join(here, 'peers/node_modules');
const quick = process.argv.includes('--quick');

if (!existsSync(peers)) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(here, 'peers'), stdio: 'inherit' });

const SERVERS = {
  ours: [process.execPath, [join(root, 'dist/server.js'), '--stdio']],
  'dockerfile-language-server-nodejs': [process.execPath, [join(peers, 'dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio']],
  '@microsoft/compose-language-service': [process.execPath, [join(peers, '@microsoft/compose-language-service/bin/docker-compose-langserver'), '--stdio']],
};

const rows = [];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

/**
 * Median time from didOpen to the first publishDiagnostics over `runs` fresh documents, after `warmups` opens that
 * let the JIT settle (an editor's server is long-lived), and the server's peak resident memory over the whole run.
 */
async function timeOpen(serverName, languageId, fileName, text, runs, warmups = 1) {
  const [command, args] = SERVERS[serverName];
  const server = await startServer(command, args);
  try {
    for (let i = 0; i < warmups; i++) {
      const warm = await server.open(languageId, fileName, text);
      await server.close(warm.uri);
    }
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = await server.open(languageId, fileName, text);
      times.push(last.ms);
      if (i < runs - 1) await server.close(last.uri);
    }
    // Hover near the end of the file, reusing the open document's model: on the last instruction keyword of a
    // Dockerfile or the last `image:` key of a Compose file, both of which have an answer.
    const lines = text.trimEnd().split('\n');
    let lastLine = lines.length - 1;
    while (lastLine > 0 && !/^\s*(?:[A-Z]+\s|image:)/.test(lines[lastLine])) lastLine--;
    const character = lines[lastLine].search(/\S/) + 1;
    const hovers = [];
    // Hovers are cheap: take enough of them that one garbage collection does not become the median.
    for (let i = 0; i < Math.max(runs, 15); i++) {
      const hover = await server.hover(last.uri, { line: lastLine, character });
      if (!hover.found) console.warn(`${serverName}: no hover at line ${lastLine + 1}`);
      hovers.push(hover.ms);
    }
    return { open: median(times), hover: median(hovers), diagnostics: last.count, peakMemory: server.peakMemory() };
  } finally {
    await server.stop();
  }
}

function compare(label, oursMs, peerName, peerMs) {
  rows.push(`| ${label} | ${fmt(oursMs)} | ${peerName} | ${fmt(peerMs)} | ${(peerMs / oursMs).toFixed(1)}× |`);
}

const memoryRows = [];
const mb = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
function compareMemory(label, ours, peerName, peer) {
  const ratio = ours.peakMemory && peer.peakMemory ? `${(peer.peakMemory / ours.peakMemory).toFixed(1)}×` : 'n/a';
  memoryRows.push(`| ${label} | ${mb(ours.peakMemory)} | ${peerName} | ${mb(peer.peakMemory)} | ${ratio} |`);
}

const dockerSizes = quick ? [1000] : [200, 1000, 10000, 50000];
for (const lines of dockerSizes) {
  const text = dockerfileOfLines(lines);
  const runs = lines >= 50000 ? 3 : lines >= 10000 ? 7 : 21;
  const warmups = lines >= 50000 ? 1 : lines >= 10000 ? 2 : 10;
  const ours = await timeOpen('ours', 'dockerfile', 'Dockerfile', text, runs, warmups);
  const peer = await timeOpen('dockerfile-language-server-nodejs', 'dockerfile', 'Dockerfile', text, runs, warmups);
  compare(`Dockerfile, ${lines} lines: open → diagnostics`, ours.open, 'dockerfile-language-server-nodejs', peer.open);
  compare(`Dockerfile, ${lines} lines: hover`, ours.hover, 'dockerfile-language-server-nodejs', peer.hover);
  compareMemory(`Dockerfile, ${lines} lines`, ours, 'dockerfile-language-server-nodejs', peer);
}

const composeSizes = quick ? [100] : [100, 1000, 5000];
for (const services of composeSizes) {
  const text = composeOfServices(services);
  const runs = services >= 5000 ? 5 : services >= 1000 ? 9 : 15;
  const warmups = services >= 5000 ? 1 : 3;
  const ours = await timeOpen('ours', 'dockercompose', 'compose.yaml', text, runs, warmups);
  const peer = await timeOpen('@microsoft/compose-language-service', 'dockercompose', 'compose.yaml', text, runs, warmups);
  compare(`Compose, ${services} services: open → diagnostics`, ours.open, '@microsoft/compose-language-service (syntax only)', peer.open);
  compare(`Compose, ${services} services: hover`, ours.hover, '@microsoft/compose-language-service', peer.hover);
  compareMemory(`Compose, ${services} services`, ours, '@microsoft/compose-language-service', peer);
}

// dclint is a CLI: compare whole-process runs of both CLIs on the same file.
for (const services of quick ? [100] : [100, 1000]) {
  const folder = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const file = join(folder, 'compose.yaml');
  writeFileSync(file, composeOfServices(services));
  const time = (command, args, runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      spawnSync(command, args, { encoding: 'utf8', timeout: 120000 });
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const ours = time(process.execPath, [join(root, 'dist/cli.js'), 'lint', file, '--format', 'json'], 5);
  const peer = time(process.execPath, [join(peers, 'dclint/bin/dclint.cjs'), file, '-f', 'json'], services >= 1000 ? 1 : 3);
  compare(`Compose, ${services} services: CLI process`, ours, 'dclint', peer);
}

// Server-side time for one keystroke on a 200-line Dockerfile: re-validation of a new version in process.
const service = createLanguageService();
const base = dockerfileOfLines(200);
const keystrokes = [];
for (let version = 1; version <= 200; version++) {
  const document = TextDocument.create('file:///bench/Dockerfile', 'dockerfile', version, base.replace('ARG NODE_ENV=production', `ARG NODE_ENV=production${'x'.repeat(version % 7)}`));
  const started = performance.now();
  service.validate(document);
  keystrokes.push(performance.now() - started);
}

console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, medians.\n`);
console.log('| Case | Container Coach | Peer | Peer time | Peer ÷ ours |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('\nPeak resident memory of each server process over its run (VmHWM):\n');
console.log('| Case | Container Coach | Peer | Peer memory | Peer ÷ ours |');
console.log('|---|---|---|---|---|');
for (const row of memoryRows) console.log(row);
console.log(`\nOne keystroke on a 200-line Dockerfile (in-process re-validation, median of 200): ${fmt(median(keystrokes.slice(20)))}`);
