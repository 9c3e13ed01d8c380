// "Container Coach: Show Rule Documentation": renders a rule's doc offline in VS Code's Markdown preview.
import * as vscode from 'vscode';
import { topic, topicIds } from '../../server/src/content/index';

const SCHEME = 'container-coach-docs';

/** The Markdown shown for a rule: its doc as bundled, so it works with no network and matches the installed version. */
function ruleMarkdown(ruleId: string): string | undefined {
  const doc = topic(`rule:${ruleId}`);
  if (!doc) return undefined;
  return `# ${ruleId}\n\n_${doc.summary}_\n\n${doc.body}\n`;
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: (uri) => ruleMarkdown(uri.path.replace(/^\/|\.md$/g, '')) ?? `# Unknown rule\n\n${uri.path}\n`,
    }),
    vscode.commands.registerCommand('containerCoach.showRuleDoc', async (ruleId?: unknown) => {
      let id = typeof ruleId === 'string' ? ruleId : undefined;
      if (!id) {
        const rules = topicIds()
          .filter((topicId) => topicId.startsWith('rule:'))
          .map((topicId) => ({ label: topicId.slice(5), detail: topic(topicId)?.summary }));
        id = (await vscode.window.showQuickPick(rules, { placeHolder: 'Which rule?', matchOnDetail: true }))?.label;
      }
      if (!id || !ruleMarkdown(id)) return;
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` }));
    }),
  );
}
