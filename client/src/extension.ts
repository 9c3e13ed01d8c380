// The extension's activate/deactivate: starts the language client and registers commands; everything else lives elsewhere.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { registerQuiz } from './quiz/commands';
import { registerRuleDocs } from './ruleDocs';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Container Coach', { log: true });
  context.subscriptions.push(output);
  // The quiz needs no server, so it works even while the server is starting or has failed.
  registerQuiz(context);
  registerRuleDocs(context);
  client = createLanguageClient(context, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('containerCoach.restartServer', async () => {
      output.appendLine('Restarting the Container Coach server.');
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
