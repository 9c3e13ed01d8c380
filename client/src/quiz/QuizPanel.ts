// The singleton quiz webview panel: shows a quiz, records answers for spaced repetition, and restores itself after a reload.
import * as vscode from 'vscode';
import { bank, questionById, questionView, topicReference } from './bank';
import { localResourceRoots, quizHtml } from './html';
import { isCorrect, isValidSelection } from './logic/scoring';
import { answer, createSession, currentQuestionId, parseSession, type SessionState } from './logic/session';
import { parsePageMessage, type HostMessage, type PageMessage, type QuizView } from './messages';
import type { ProgressStore } from './progressStore';

export const VIEW_TYPE = 'containerCoach.quiz';

interface ActiveQuiz {
  quizId: string;
  title: string;
  session: SessionState;
}

let counter = 0;
const newQuizId = () => `q${Date.now().toString(36)}-${(counter++).toString(36)}`;

export class QuizPanel {
  private static current: QuizPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private quiz: ActiveQuiz | undefined;

  /** Opens (or reveals) the one quiz panel on a new quiz over the given question ids. */
  static show(extensionUri: vscode.Uri, store: ProgressStore, title: string, questionIds: string[], onNewQuiz: () => void): QuizPanel {
    const quiz = { quizId: newQuizId(), title, session: createSession(questionIds) };
    if (QuizPanel.current) {
      QuizPanel.current.panel.reveal(vscode.ViewColumn.Active);
      QuizPanel.current.start(quiz);
      return QuizPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Container Coach Quiz', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: localResourceRoots(extensionUri),
    });
    QuizPanel.current = new QuizPanel(panel, extensionUri, store, onNewQuiz, quiz);
    return QuizPanel.current;
  }

  /** Rebuilds the panel VS Code restored after a reload, resuming the quiz saved in the page state when it still checks out. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: ProgressStore, state: unknown, onNewQuiz: () => void): QuizPanel {
    QuizPanel.current?.panel.dispose();
    const saved = (state as { quiz?: { quizId?: unknown; title?: unknown; session?: unknown } } | undefined)?.quiz;
    const session = parseSession(saved?.session, questionById);
    const quiz =
      session && typeof saved?.quizId === 'string' && typeof saved.title === 'string' && saved.title.length <= 200
        ? { quizId: saved.quizId, title: saved.title, session }
        : undefined;
    QuizPanel.current = new QuizPanel(panel, extensionUri, store, onNewQuiz, quiz);
    return QuizPanel.current;
  }

  static get isOpen(): boolean {
    return QuizPanel.current !== undefined;
  }

  /** Tells an open panel that the due count changed, for example after a reset. */
  static refreshDue(): void {
    QuizPanel.current?.post({ type: 'due', count: QuizPanel.current.dueCount() });
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly store: ProgressStore,
    private readonly onNewQuiz: () => void,
    quiz: ActiveQuiz | undefined,
  ) {
    this.quiz = quiz;
    panel.webview.options = { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri) };
    panel.webview.html = quizHtml(panel.webview, extensionUri);
    panel.webview.onDidReceiveMessage((raw) => void this.receive(parsePageMessage(raw)), undefined, this.disposables);
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    // A restored panel whose saved quiz no longer matches the bank starts a fresh one instead of showing nothing.
    if (!quiz) onNewQuiz();
  }

  private start(quiz: ActiveQuiz): void {
    this.quiz = quiz;
    this.post({ type: 'show', quiz: this.view(quiz) });
  }

  private dueCount(): number {
    return this.store.dueCount(bank.questions.map((q) => q.id));
  }

  private view(quiz: ActiveQuiz): QuizView {
    const questions = quiz.session.questionIds.map((id) => questionView(questionById.get(id)!));
    return { quizId: quiz.quizId, title: quiz.title, sections: bank.sections, questions, session: quiz.session, due: this.dueCount() };
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: PageMessage | undefined): Promise<void> {
    if (!message) return;
    const quiz = this.quiz;
    switch (message.type) {
      case 'ready':
        // A page reloaded after being hidden keeps its own state; it only needs the quiz when it is showing an older one.
        if (quiz && message.quizId !== quiz.quizId) this.post({ type: 'show', quiz: this.view(quiz) });
        else this.post({ type: 'due', count: this.dueCount() });
        return;
      case 'answered': {
        const question = questionById.get(message.questionId);
        if (!quiz || message.quizId !== quiz.quizId || !question || !quiz.session.questionIds.includes(question.id)) return;
        if (!isValidSelection(question, message.selected)) return;
        // Grade on this side from the bank: the page's own verdict is never trusted for progress.
        if (currentQuestionId(quiz.session) === question.id) quiz.session = answer(quiz.session, question, message.selected);
        await this.store.record(question.id, isCorrect(question, message.selected));
        this.post({ type: 'due', count: this.dueCount() });
        return;
      }
      case 'sync': {
        if (!quiz || message.quizId !== quiz.quizId) return;
        const session = parseSession(message.session, questionById);
        if (session) quiz.session = session;
        return;
      }
      case 'newQuiz':
        this.onNewQuiz();
        return;
      case 'openTopic': {
        const reference = bank.questions.some((q) => q.topic === message.topic) ? topicReference(message.topic) : undefined;
        if (reference && /^https:\/\//.test(reference)) await vscode.env.openExternal(vscode.Uri.parse(reference));
        return;
      }
    }
  }

  private dispose(): void {
    if (QuizPanel.current === this) QuizPanel.current = undefined;
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
