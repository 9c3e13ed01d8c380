// The bundled server over stdio with a real JSON-RPC client, as VS Code talks to it: initialize, open, change, hover, fix, close, shutdown.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const serverPath = join(__dirname, '../../dist/server.js');
let server: ChildProcess;
let connection: MessageConnection;
const published = new Map<string, PublishDiagnosticsParams[]>();
const waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
let configurationRequests = 0;
let ruleSettings: Record<string, string> = {};

/** Resolves with the first publish for a URI that satisfies the predicate, including one that already arrived. */
function diagnosticsFor(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
  const seen = (published.get(uri) ?? []).find(predicate);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => waiters.push({ uri, predicate, resolve }));
}

before(async () => {
  server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    configurationRequests++;
    return params.items.map(() => ({ enable: true, rules: ruleSettings }));
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const result = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
  })) as { capabilities: { textDocumentSync: { change: number }; hoverProvider: boolean }; serverInfo: { name: string } };
  assert.equal(result.serverInfo.name, 'container-coach');
  assert.equal(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
  assert.equal(result.capabilities.hoverProvider, true);
  await connection.sendNotification('initialized', {});
});

after(async () => {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const code = await exited;
  assert.equal(code, 0, 'clean exit after shutdown');
  connection.dispose();
});

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

test('didOpen publishes the slice diagnostics for a Dockerfile, with settings pulled from the client', async () => {
  const uri = 'file:///w/Dockerfile';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM node:latest\nMAINTAINER me\nCMD node a.js\n' } });
  const params = await diagnosticsFor(uri);
  assert.deepEqual(codes(params.diagnostics), ['no-maintainer', 'pin-base-image-tag', 'prefer-exec-form']);
  assert.equal(params.version, 1);
  assert.ok(configurationRequests > 0);
  assert.equal(params.diagnostics[0]!.source, 'container-coach');
});

test('an incremental didChange re-validates the new version', async () => {
  const uri = 'file:///w/Dockerfile';
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } }, text: '22' }],
  });
  const params = await diagnosticsFor(uri, (p) => p.version === 2);
  assert.deepEqual(codes(params.diagnostics), ['no-maintainer', 'prefer-exec-form']);
});

test('rapid edits are debounced: only the last version is published', async () => {
  const uri = 'file:///w/Dockerfile';
  for (let version = 3; version <= 8; version++) {
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `FROM node:${version}\nCMD node a.js\n` }] });
  }
  const params = await diagnosticsFor(uri, (p) => p.version === 8);
  assert.deepEqual(codes(params.diagnostics), ['prefer-exec-form']);
  const versions = published.get(uri)!.map((p) => p.version);
  assert.ok(!versions.some((v) => v !== undefined && v > 2 && v < 8), `intermediate versions published: ${versions.join(',')}`);
});

test('a file opened with settings unlike the last ones is published with its own settings, once', async () => {
  // The server checks a new file with the last settings while it asks for this file's: the answer must win.
  ruleSettings = { 'no-maintainer': 'off' };
  const uri = 'file:///w/other/Dockerfile';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM node:latest\nMAINTAINER me\n' } });
  const params = await diagnosticsFor(uri);
  assert.deepEqual(codes(params.diagnostics), ['pin-base-image-tag']);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.equal(published.get(uri)!.filter((p) => p.diagnostics.length > 0).length, 1);
  ruleSettings = {};
});

test('hover and code actions answer on the open document', async () => {
  const uri = 'file:///w/Dockerfile';
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })) as { contents: { value: string } };
  assert.match(hover.contents.value, /FROM/);
  const [diagnostic] = (await diagnosticsFor(uri, (p) => p.version === 8)).diagnostics;
  const actions = (await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic!.range,
    context: { diagnostics: [diagnostic] },
  })) as { title: string; edit: { changes: Record<string, unknown[]> } }[];
  assert.deepEqual(actions.map((a) => a.title.split(':')[0]), ['Convert to exec form', 'Show documentation for prefer-exec-form', 'Ignore prefer-exec-form here (add a coach-ignore comment)']);
});

test('a Compose file gets its diagnostics; configuration changes re-validate open files', async () => {
  const uri = 'file:///w/compose.yaml';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text: 'version: "3"\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n' } });
  assert.deepEqual(codes((await diagnosticsFor(uri)).diagnostics), ['depends-on-undefined-service', 'no-obsolete-version']);
  ruleSettings = { 'no-version-field': 'off' };
  const before = published.get(uri)!.length;
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const params = await diagnosticsFor(uri, (p) => published.get(uri)!.indexOf(p) >= before);
  assert.deepEqual(codes(params.diagnostics), ['depends-on-undefined-service']);
});

test('didClose clears the diagnostics', async () => {
  const uri = 'file:///w/compose.yaml';
  const before = published.get(uri)!.length;
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const params = await diagnosticsFor(uri, (p) => published.get(uri)!.indexOf(p) >= before);
  assert.deepEqual(params.diagnostics, []);
});
