// What the server tells the client it can do at initialize.
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';

export function serverCapabilities(version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
    },
    serverInfo: { name: 'container-coach', version },
  };
}
