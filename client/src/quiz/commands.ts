// Registers the quiz commands and the panel serializer; the only quiz code extension.ts calls.
import * as vscode from 'vscode';
import { bank, topicTitle } from './bank';
import { pickQuiz, questionsForRules, questionsForTopic, quizTopics } from './logic/selection';
import { ProgressStore } from './progressStore';
import { QuizPanel, VIEW_TYPE } from './QuizPanel';

const SOURCE = 'container-coach';

export function registerQuiz(context: vscode.ExtensionContext): void {
  const store = new ProgressStore(context.globalState);
  const open = (title: string, ids: string[]) => QuizPanel.show(context.extensionUri, store, title, ids, openDefault);
  function openDefault(): void {
    open('Container Coach Quiz', pickQuiz(bank.questions, store.load(), Date.now()));
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('containerCoach.openQuiz', openDefault),
    vscode.commands.registerCommand('containerCoach.quizTopic', async (arg?: unknown) => {
      // Reached from command links in hovers and docs: accept "topic" or { topic: "topic" }, nothing else.
      // From the palette there is no argument: let the learner pick a topic.
      const id = arg === undefined ? await pickTopic() : typeof arg === 'string' ? arg : (arg as { topic?: unknown } | null)?.topic;
      if (arg === undefined && id === undefined) return;
      const ids = typeof id === 'string' ? questionsForTopic(bank.questions, id) : [];
      if (typeof id !== 'string' || ids.length === 0) {
        await vscode.window.showInformationMessage(`Container Coach has no quiz questions on ${typeof id === 'string' ? id : 'that topic'} yet.`);
        return;
      }
      open(`Test yourself: ${topicTitle(id) ?? id}`, ids);
    }),
    vscode.commands.registerCommand('containerCoach.quizThisFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        await vscode.window.showInformationMessage('Open a Dockerfile or Compose file to be quizzed on its problems.');
        return;
      }
      const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
      const ruleIds = ours.map((d) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code));
      // Each diagnostic's data names its rule's topic (the language client keeps `data`), so the client needs no rule registry.
      const ruleTopics = new Map<string, string | undefined>();
      ours.forEach((d, i) => {
        const topic = (d as { data?: { topic?: unknown } }).data?.topic;
        ruleTopics.set(ruleIds[i]!, typeof topic === 'string' ? topic : undefined);
      });
      const ids = questionsForRules(bank.questions, ruleIds, ruleTopics);
      if (ids.length === 0) {
        const why = ruleIds.length === 0 ? 'Container Coach found no problems in this file' : 'No quiz questions match the problems in this file yet';
        await vscode.window.showInformationMessage(`${why}. Try "Container Coach: Open Quiz" instead.`);
        return;
      }
      open(`Quiz on ${editor.document.uri.path.split('/').pop()}`, ids);
    }),
    vscode.commands.registerCommand('containerCoach.resetQuizProgress', async () => {
      const choice = await vscode.window.showWarningMessage('Forget all Container Coach quiz progress and review schedules?', { modal: true }, 'Reset');
      if (choice !== 'Reset') return;
      await store.reset();
      QuizPanel.refreshDue();
      await vscode.window.showInformationMessage('Quiz progress reset.');
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        QuizPanel.revive(panel, context.extensionUri, store, state, openDefault);
      },
    }),
  );
}

async function pickTopic(): Promise<string | undefined> {
  const items = [...quizTopics(bank.questions)]
    .map((id) => ({ id, label: topicTitle(id) ?? id, description: `${questionsForTopic(bank.questions, id).length} questions` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (await vscode.window.showQuickPick(items, { title: 'Test yourself on a topic', placeHolder: 'Choose a topic' }))?.id;
}
