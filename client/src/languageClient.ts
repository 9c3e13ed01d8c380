// Starts and stops the Container Coach language server over IPC for Dockerfiles and Compose files.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'dockerfile' },
  { scheme: 'untitled', language: 'dockerfile' },
  { scheme: 'file', language: 'dockercompose' },
  { scheme: 'untitled', language: 'dockercompose' },
];

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    // The server pulls `containerCoach` settings; this makes the client announce their changes.
    synchronize: {
      configurationSection: 'containerCoach',
      // Files the checks read beside the open one; a change re-checks open documents.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.dockerignore,*.dockerignore,.hadolint.yaml,.hadolint.yml,.env,*.env,compose*.y*ml,docker-compose*.y*ml,Dockerfile*,*.Dockerfile,*.dockerfile,Containerfile*}'),
    },
    middleware: {
      // Hover Markdown arrives untrusted; allow exactly one command so "Test yourself" links work and nothing else runs.
      async provideHover(document, position, token, next) {
        const hover = await next(document, position, token);
        for (const part of hover?.contents ?? []) {
          if (part instanceof vscode.MarkdownString && part.value.includes('command:containerCoach.quizTopic?')) {
            part.isTrusted = { enabledCommands: ['containerCoach.quizTopic'] };
          }
        }
        return hover;
      },
    },
  };
  return new LanguageClient('containerCoach', 'Container Coach', serverOptions, clientOptions);
}
