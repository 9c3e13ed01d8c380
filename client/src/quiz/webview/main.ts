/// <reference lib="dom" />
// The quiz page: keeps its state with getState/setState, renders it, handles keys and clicks, and talks to the extension.
import { scoreLabel } from '../logic/scoring';
import { answer, currentQuestionId, isFinished, next, reviewSession, score } from '../logic/session';
import { parseHostMessage, parseQuizView, type PageMessage, type QuestionView } from '../messages';
import { choiceKeys, questionMap, render, type PageState } from './view';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
const live = document.getElementById('live')!;
let state: PageState | undefined = restore(vscode.getState());

/** A saved state is data from an earlier page: checked like any message before use. */
function restore(saved: unknown): PageState | undefined {
  const raw = saved as { quiz?: unknown; selection?: unknown; focusIndex?: unknown } | undefined;
  const quiz = parseQuizView(raw?.quiz);
  if (!quiz) return undefined;
  const selection = Array.isArray(raw?.selection) ? raw.selection.filter((s): s is string => typeof s === 'string') : [];
  const focusIndex = typeof raw?.focusIndex === 'number' && Number.isInteger(raw.focusIndex) && raw.focusIndex >= 0 && raw.focusIndex < 6 ? raw.focusIndex : 0;
  return { quiz, selection, focusIndex };
}

function current(): QuestionView | undefined {
  if (!state) return undefined;
  const id = currentQuestionId(state.quiz.session);
  return id === undefined ? undefined : questionMap(state.quiz).get(id);
}

function announce(text: string): void {
  // Clearing first makes a repeated message ("Correct") be read again.
  live.textContent = '';
  requestAnimationFrame(() => (live.textContent = text));
}

/** Saves, re-renders and puts focus where the keyboard user expects it. */
function update(focus: 'choice' | 'action' | 'heading' | 'none' = 'none'): void {
  if (!state) return;
  vscode.setState(state);
  render(root, state);
  const target =
    focus === 'choice'
      ? root.querySelector<HTMLElement>('.choice[tabindex="0"]')
      : focus === 'action'
        ? root.querySelector<HTMLElement>('#next, #review, #new-quiz')
        : focus === 'heading'
          ? root.querySelector<HTMLElement>('#summary-title, .choice[tabindex="0"]')
          : null;
  target?.focus();
}

function sync(): void {
  if (state) vscode.postMessage({ type: 'sync', quizId: state.quiz.quizId, session: state.quiz.session });
}

function choose(index: number): void {
  const question = current();
  if (!state || !question || state.quiz.session.answers[question.id] || index < 0 || index >= question.choices.length) return;
  const id = question.choices[index]!.id;
  if (question.type === 'multiple') state.selection = state.selection.includes(id) ? state.selection.filter((s) => s !== id) : [...state.selection, id];
  else state.selection = [id];
  state.focusIndex = index;
  update('choice');
}

function submit(): void {
  const question = current();
  if (!state || !question || state.selection.length === 0) return;
  const before = state.quiz.session;
  state.quiz.session = answer(before, question, state.selection);
  const record = state.quiz.session.answers[question.id];
  if (!record || before === state.quiz.session) return;
  vscode.postMessage({ type: 'answered', quizId: state.quiz.quizId, questionId: question.id, selected: record.selected });
  state.selection = [];
  update('action');
  sync();
  const s = score(state.quiz.session);
  announce(`${record.correct ? 'Correct' : 'Incorrect'}. ${scoreLabel(s.correct, s.answered)}. ${question.explanation}`);
}

function advance(): void {
  if (!state) return;
  state.quiz.session = next(state.quiz.session);
  state.focusIndex = 0;
  state.selection = [];
  const done = isFinished(state.quiz.session);
  update(done ? 'heading' : 'choice');
  sync();
  if (done) {
    const s = score(state.quiz.session);
    announce(`Quiz complete. ${scoreLabel(s.correct, s.total)}.`);
  }
}

function startReview(): void {
  const review = state && reviewSession(state.quiz.session);
  if (!state || !review) return;
  state.quiz.session = review;
  state.focusIndex = 0;
  state.selection = [];
  update('choice');
  sync();
  announce(`Reviewing ${review.questionIds.length} missed ${review.questionIds.length === 1 ? 'question' : 'questions'}.`);
}

function moveFocus(delta: number): void {
  const question = current();
  if (!state || !question) return;
  const count = question.choices.length;
  const index = (state.focusIndex + delta + count) % count;
  // A radio group selects as focus moves, as native radio buttons do; checkboxes only move.
  if (question.type !== 'multiple' && !state.quiz.session.answers[question.id]) state.selection = [question.choices[index]!.id];
  state.focusIndex = index;
  update('choice');
}

document.addEventListener('keydown', (event) => {
  if (!state || event.ctrlKey || event.metaKey || event.altKey) return;
  const question = current();
  const target = event.target as HTMLElement;
  const onChoice = target.classList?.contains('choice');
  if (event.key === 'Enter') {
    // Buttons act on Enter by themselves; anywhere else Enter submits or goes on.
    if (target.tagName === 'BUTTON' || target.tagName === 'A') return;
    event.preventDefault();
    if (question && state.quiz.session.answers[question.id]) advance();
    else submit();
    return;
  }
  if (!question || state.quiz.session.answers[question.id]) return;
  if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(event.key) && (onChoice || target === document.body)) {
    event.preventDefault();
    moveFocus(event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1);
    return;
  }
  if (event.key === ' ' && onChoice) {
    event.preventDefault();
    choose(Number(target.dataset.index));
    return;
  }
  const key = event.key.toLowerCase();
  const index = question.choices.findIndex((_, i) => choiceKeys(question, i).keys.includes(key));
  if (index >= 0) {
    event.preventDefault();
    choose(index);
  }
});

root.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('.choice, button, a');
  if (!target || !state) return;
  if (target.classList.contains('choice')) choose(Number(target.dataset.index));
  else if (target.id === 'submit') submit();
  else if (target.id === 'next') advance();
  else if (target.id === 'review') startReview();
  else if (target.id === 'new-quiz') vscode.postMessage({ type: 'newQuiz' });
  else if (target.id === 'topic-link' && target.dataset.topic) {
    event.preventDefault();
    vscode.postMessage({ type: 'openTopic', topic: target.dataset.topic });
  }
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (!message) return;
  if (message.type === 'show') {
    state = { quiz: message.quiz, selection: [], focusIndex: 0 };
    update('choice');
    announce(`${message.quiz.title}. ${message.quiz.session.questionIds.length} questions.`);
  } else if (state) {
    state.quiz.due = message.count;
    vscode.setState(state);
    const due = document.getElementById('due');
    if (due) due.textContent = message.count === 1 ? '1 question due for review' : `${message.count} questions due for review`;
  }
});

if (state) update('none');
vscode.postMessage(state ? { type: 'ready', quizId: state.quiz.quizId } : { type: 'ready' });
