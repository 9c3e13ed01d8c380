// Starts a private code-server on a free loopback port for e2e tests, and re-exports the browser/workbench helpers.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export * from './workbench.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const INSTALL_HINT = 'bash scripts/install-code-server.sh';

// Same location as scripts/install-code-server.sh: outside the clone so CI reuses it.
export function codeServerDir() {
  const root = process.env.CONTAINER_COACH_CACHE || path.join(os.homedir(), '.cache', 'container-coach');
  return path.join(root, `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerBin() {
  return path.join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

// Throws a message that says how to fix it, so a missing install never looks like a test bug.
export function assertCodeServerInstalled() {
  if (!existsSync(codeServerBin())) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} is not installed (expected ${codeServerBin()}).\n` +
        `Run \`${INSTALL_HINT}\` from the repository root first.`,
    );
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // The fixture workspace sits inside this git clone; the "open parent repository?" toast covers the Problems panel.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Starts code-server bound to 127.0.0.1 with all state in a per-run temp dir.
 * userDataDir/extensionsDir may be given (the test-electron stand-in passes its own).
 */
export async function startCodeServer({
  workspace,
  extensionPath,
  userSettings = {},
  userDataDir,
  extensionsDir,
  port: fixedPort, // default: a free port
  healthTimeoutMs = 30_000,
} = {}) {
  assertCodeServerInstalled();
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'cc-code-server-'));
  const dataDir = path.resolve(userDataDir || path.join(runDir, 'data'));
  const extDir = path.resolve(extensionsDir || path.join(runDir, 'ext'));
  const xdg = path.join(runDir, 'xdg');
  await Promise.all([mkdir(path.join(dataDir, 'User'), { recursive: true }), mkdir(extDir, { recursive: true }), mkdir(xdg)]);
  // Written before start so the very first workbench load already has them.
  await writeFile(
    path.join(dataDir, 'User', 'settings.json'),
    JSON.stringify({ ...BASE_SETTINGS, ...userSettings }, null, 2),
  );

  // A few retries because the free port can be taken between probing and binding.
  let lastErr;
  for (let attempt = 1; attempt <= (fixedPort ? 1 : 3); attempt++) {
    const port = fixedPort || (await freePort());
    try {
      const proc = await launch({ port, runDir, dataDir, extDir, xdg, healthTimeoutMs });
      return makeHandle({ proc, port, runDir, workspace, extensionPath });
    } catch (err) {
      lastErr = err;
      if (!/EADDRINUSE/.test(String(err.message))) break;
    }
  }
  await rm(runDir, { recursive: true, force: true });
  throw lastErr;
}

async function launch({ port, runDir, dataDir, extDir, xdg, healthTimeoutMs }) {
  const config = path.join(runDir, 'config.yaml');
  // Without --config code-server writes a password config into the home folder.
  await writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = { ...process.env };
  // Variables from an outer VS Code or test-electron would confuse the inner server.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  Object.assign(env, {
    XDG_CONFIG_HOME: xdg,
    XDG_DATA_HOME: xdg,
    XDG_CACHE_HOME: xdg,
    EXTENSIONS_GALLERY: '{}', // no marketplace calls
  });
  const args = [
    realpathSync(codeServerBin()),
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--extensions-dir', extDir,
    '--user-data-dir', dataDir,
  ];
  const logPath = path.join(runDir, 'code-server.log');
  const log = createWriteStream(logPath);
  // detached: own process group, so stop() can kill the watcher and extension hosts too.
  const proc = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.pipe(log, { end: false });
  proc.stderr.pipe(log, { end: false });
  const killOnExit = () => killGroup(proc.pid, 'SIGKILL');
  process.on('exit', killOnExit); // last resort if the caller crashes before stop()
  proc.killOnExit = killOnExit;
  proc.logPath = logPath;
  proc.exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + healthTimeoutMs;
  let exited = null;
  proc.exited.then((e) => (exited = e));
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  killOnExit();
  process.off('exit', killOnExit);
  const tail = (await readFile(logPath, 'utf8').catch(() => '')).split('\n').slice(-20).join('\n');
  const why = exited ? `exited early (${JSON.stringify(exited)})` : `no /healthz 200 within ${healthTimeoutMs} ms`;
  throw new Error(`code-server on 127.0.0.1:${port} ${why}. Log tail:\n${tail}`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the whole group is already gone
  }
}

function makeHandle({ proc, port, runDir, workspace, extensionPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  let stopped;
  return {
    port,
    pid: proc.pid,
    logPath: proc.logPath,
    exited: proc.exited,
    /** Workbench URL; the payload is how the web workbench receives extensionDevelopmentPath/extensionTestsPath. */
    url({ extensionTestsPath } = {}) {
      const payload = [];
      if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const q = new URLSearchParams();
      if (workspace) q.set('folder', path.resolve(workspace));
      if (payload.length) q.set('payload', JSON.stringify(payload));
      return `http://127.0.0.1:${port}/?${q}`;
    },
    /** Kills the whole process group (SIGTERM, then SIGKILL after 3 s) and removes the run dir. */
    stop() {
      stopped ??= (async () => {
        killGroup(proc.pid, 'SIGTERM');
        let timer;
        await Promise.race([proc.exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        // The leader may be gone while the file watcher or an extension host lingers.
        killGroup(proc.pid, 'SIGKILL');
        process.off('exit', proc.killOnExit);
        if (!process.env.CONTAINER_COACH_KEEP_RUN_DIR) await rm(runDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
