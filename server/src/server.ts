// Entry point of the language server: wires the connection, the open documents and the handlers; no logic lives here.
import { createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverCapabilities } from './lsp/capabilities';
import { DiagnosticsScheduler } from './lsp/diagnostics';
import { SettingsCache } from './lsp/settings';
import { nodeFiles } from './platform/nodeFiles';
import { createLanguageService, globalHadolintConfigUris, type FileProvider } from './service';

declare const SERVER_VERSION: string | undefined;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
// Open documents win over the disk, so an unsaved .dockerignore or included file is what the checks see.
const files: FileProvider = {
  readText: (uri) => documents.get(uri)?.getText() ?? nodeFiles.readText(uri),
  tooLarge: (uri) => (documents.get(uri) ? undefined : nodeFiles.tooLarge?.(uri)),
};
const service = createLanguageService({
  files,
  // A user-level hadolint.yaml applies where no project folder has one, as with hadolint itself.
  hadolintConfigUris: globalHadolintConfigUris(process.env),
  onRuleError: (ruleId, error) => connection.console.error(`rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
});
const settings = new SettingsCache(connection, false);
const diagnostics = new DiagnosticsScheduler(connection, documents, service, settings);
let canRegisterConfiguration = false;

connection.onInitialize((params) => {
  const workspace = params.capabilities.workspace;
  settings.setCanPull(workspace?.configuration === true);
  canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return serverCapabilities(typeof SERVER_VERSION === 'string' ? SERVER_VERSION : '0.0.0');
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'containerCoach' });
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { containerCoach?: unknown } | null)?.containerCoach;
  settings.changed(pushed);
  diagnostics.scheduleAll();
});

// TextDocuments fires a content change right after every open: check an opened file at once, debounce real edits.
const justOpened = new Set<string>();
// A side file (.dockerignore, .env, an included Compose file) changed on disk: every cached model may be stale.
connection.onDidChangeWatchedFiles(() => {
  service.forget();
  diagnostics.scheduleAll();
});

documents.onDidOpen((event) => justOpened.add(event.document.uri));
documents.onDidChangeContent((event) => diagnostics.schedule(event.document.uri, justOpened.delete(event.document.uri) ? 0 : undefined));
documents.onDidClose((event) => {
  justOpened.delete(event.document.uri);
  diagnostics.clear(event.document.uri);
  settings.forget(event.document.uri);
  service.forget(event.document.uri);
});

connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? service.hover(document, params.position) : null;
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.codeActions(document, params.context.diagnostics, await settings.get(document.uri));
});

documents.listen(connection);
connection.listen();
