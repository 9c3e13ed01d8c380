#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron spawns: runs the tests in code-server + headless chromium.
//
// Why: this machine cannot download VS Code/Electron, but code-server is the same workbench
// and extension host. test-electron only spawns us and reads our exit code, so the suite is
// unchanged and still runs against real VS Code where one can be downloaded.
import path from 'node:path';
import { launchBrowser, startCodeServer } from './lib/codeServer.mjs';

const TIMEOUT_MS = Number(process.env.CONTAINER_COACH_STANDIN_TIMEOUT_MS || 120_000);

function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], workspace: undefined };
  const value = (a) => a.slice(a.indexOf('=') + 1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--extensionDevelopmentPath=')) opts.extensionDevelopmentPath.push(value(a));
    else if (a.startsWith('--extensionTestsPath=')) opts.extensionTestsPath = value(a);
    else if (a.startsWith('--user-data-dir=')) opts.userDataDir = value(a);
    else if (a.startsWith('--extensions-dir=')) opts.extensionsDir = value(a);
    else if (a.startsWith('-')) continue; // --no-sandbox, --disable-updates, ... mean nothing here
    else opts.workspace = a;
  }
  return opts;
}

const log = (...a) => console.log('[vscode-standin]', ...a);

// The workbench logs the extension host's console as "%c INFO", "%c  ERR", ... plus CSS args.
function forwardConsole(msg) {
  const text = msg.text();
  if (process.env.CONTAINER_COACH_DEBUG_CONSOLE) process.stderr.write(`RAW ${msg.type()} ${JSON.stringify(text)} ${JSON.stringify(msg.location())}\n`);
  const m = /^%c\s*(INFO|ERR|WARN|DEBUG|TRACE)\s(.*)$/s.exec(text);
  if (!m) return;
  // Drop the CSS string that followed the %c marker ("color: #...").
  const body = m[2].replace(/^\s*(color|font-weight|background)[^ ]*:\s*[^ ]+\s?/, '');
  (m[1] === 'ERR' ? process.stderr : process.stdout).write(`${body}\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath) throw new Error('--extensionTestsPath=… is required');
  if (opts.extensionDevelopmentPath.length > 1) log('only the first --extensionDevelopmentPath is loaded');

  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length) await cleanups.pop()().catch((e) => log('cleanup error:', e.message));
  };
  let done;
  const finished = new Promise((r) => (done = r));
  // Hard stop even if something below is stuck (startup, browser launch, a hung test):
  // clean up what exists, and exit regardless after a short grace period.
  const hardStop = async (c, why) => {
    log(why);
    setTimeout(() => process.exit(c), 15_000).unref();
    await cleanup();
    process.exit(c);
  };
  const timer = setTimeout(() => hardStop(124, `timed out after ${TIMEOUT_MS} ms`), TIMEOUT_MS);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => hardStop(130, `got ${sig}`));
  let stopping = false;

  let code;
  try {
    const server = await startCodeServer({
      workspace: opts.workspace,
      extensionPath: opts.extensionDevelopmentPath[0],
      userDataDir: opts.userDataDir,
      extensionsDir: opts.extensionsDir,
    });
    cleanups.push(() => ((stopping = true), server.stop()));
    server.exited.then((e) => {
      if (stopping) return;
      log('code-server exited unexpectedly', JSON.stringify(e));
      done(1);
    });
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const { page } = browser;
    // Must exist before the workbench loads: it calls this when the tests' run() settles.
    await page.exposeFunction('codeAutomationExit', (c) => done(Number(c) || 0));
    page.on('console', forwardConsole);
    page.on('pageerror', (e) => log('page error:', e.message));
    const url = server.url({ extensionTestsPath: path.resolve(opts.extensionTestsPath) });
    log(`code-server ${server.port}, loading tests from ${opts.extensionTestsPath}`);
    await Promise.race([page.goto(url), finished]);
    code = await finished;
  } catch (err) {
    log('failed:', err.message);
    code = 1;
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
  process.exit(code);
}

main();
