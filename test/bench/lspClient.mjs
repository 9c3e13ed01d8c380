// A minimal LSP client for benchmarks: spawns a server over stdio and times didOpen→publishDiagnostics and hover.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** Starts a server and completes initialize; returns helpers that time requests against it. */
export async function startServer(command, args, { configuration = () => null } = {}) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.uri);
    if (resolve) {
      waiting.delete(params.uri);
      resolve(params);
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => configuration(item.section)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: { dynamicRegistration: false } },
    },
  });
  await connection.sendNotification('initialized', {});
  let counter = 0;
  return {
    /** Opens a new document and resolves with [milliseconds until its first diagnostics, the diagnostics]. */
    async open(languageId, fileName, text) {
      const uri = `file:///bench/${++counter}/${fileName}`;
      const published = new Promise((resolve) => waiting.set(uri, resolve));
      const started = performance.now();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      const params = await published;
      return { uri, ms: performance.now() - started, count: params.diagnostics.length };
    },
    async hover(uri, position) {
      const started = performance.now();
      const result = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      return { ms: performance.now() - started, found: result !== null };
    },
    /** Peak resident memory of the server process so far (VmHWM, Linux only), in bytes; undefined elsewhere. */
    peakMemory() {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    async close(uri) {
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
