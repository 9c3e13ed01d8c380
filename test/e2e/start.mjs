// `npm start`: serves the demo workspace in code-server with this extension loaded, until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, codeServerBin, startCodeServer } from './lib/codeServer.mjs';

if (!existsSync(codeServerBin())) {
  console.log('code-server is not installed yet; running scripts/install-code-server.sh (about a minute)...');
  const r = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const workspace = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
// A fixed port (CONTAINER_COACH_PORT) keeps the URL stable across restarts.
const port = Number(process.env.CONTAINER_COACH_PORT) || undefined;
const server = await startCodeServer({ workspace, extensionPath: REPO_ROOT, port });

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping code-server...');
  await server.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
server.exited.then((e) => {
  if (stopping) return;
  console.error(`code-server exited unexpectedly (${JSON.stringify(e)}); log: ${server.logPath}`);
  shutdown(1);
});

console.log(`
Container Coach is running in code-server (bound to 127.0.0.1:${server.port} only).
Open this URL in a browser on this machine:

  ${server.url()}

The extension is loaded from ${REPO_ROOT} (run \`npm run build\` and reload the page after changes).
From another machine, forward the port first (ssh -L ${server.port}:127.0.0.1:${server.port} ...) and
open the same URL: the host must stay 127.0.0.1:${server.port}, because the extension path inside it does.
code-server log: ${server.logPath}
Press Ctrl+C to stop.
`);
