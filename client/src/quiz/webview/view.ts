/// <reference lib="dom" />
// Renders the quiz page from its state: the current question with its choices and feedback, or the end-of-quiz summary.
import { correctChoiceIds, scoreLabel } from '../logic/scoring';
import { currentQuestionId, isFinished, missedIds, score, sectionProgress } from '../logic/session';
import type { QuestionView, QuizView } from '../messages';
import { el, rich, richEl } from './dom';

export interface PageState {
  quiz: QuizView;
  /** Choice ids picked but not yet submitted. */
  selection: string[];
  /** Which choice holds the roving tab stop. */
  focusIndex: number;
}

/** The key shown on a choice, and the keys that pick it. */
export function choiceKeys(question: QuestionView, index: number): { label: string; keys: string[] } {
  const id = question.choices[index]!.id;
  if (question.type === 'truefalse') return { label: String(index + 1), keys: [String(index + 1), id[0]!] };
  const letter = String.fromCharCode(97 + index);
  return { label: letter.toUpperCase(), keys: [letter, String(index + 1)] };
}

export function questionMap(quiz: QuizView): Map<string, QuestionView> {
  return new Map(quiz.questions.map((q) => [q.id, q]));
}

function header(state: PageState): HTMLElement[] {
  const { quiz } = state;
  const s = score(quiz.session);
  const progress = el('ul', { class: 'progress', 'aria-label': 'Progress by section' });
  for (const p of sectionProgress(quiz.session, questionMap(quiz), quiz.sections)) {
    const bar = el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'fill' }));
    (bar.firstChild as HTMLElement).style.width = `${Math.round((p.answered / p.total) * 100)}%`;
    const label = `${p.title}: ${p.answered} of ${p.total} answered, ${p.correct} right`;
    progress.append(el('li', { 'aria-label': label }, el('span', { class: 'section-title' }, p.title), el('span', { class: 'count', title: label }, `${p.answered}/${p.total}`), bar));
  }
  const due = el('p', { id: 'due', class: 'due' }, quiz.due === 1 ? '1 question due for review' : `${quiz.due} questions due for review`);
  // The title row stays in view while the learner scrolls down to the explanation, so the score is always visible.
  const top = el('div', { class: 'title-row' }, el('h1', {}, quiz.title), el('p', { id: 'score', class: 'score' }, scoreLabel(s.correct, s.answered)), due);
  return [top, el('header', {}, quiz.session.mode === 'review' ? el('p', { class: 'mode' }, 'Reviewing your mistakes') : undefined, progress)];
}

function feedback(question: QuestionView, selected: string[], correct: boolean): HTMLElement {
  const verdict = el('p', { class: `verdict ${correct ? 'right' : 'wrong'}` }, el('span', { class: 'icon', 'aria-hidden': 'true' }, correct ? '✓' : '✗'), el('span', {}, correct ? 'Correct' : 'Incorrect'));
  const right = question.choices.filter((c) => c.correct);
  const answerLine = correct ? undefined : richEl('p', { class: 'answer' }, `The right answer: ${right.map((c) => c.text).join('; ')}`);
  const wrongs = el('ul', { class: 'whys', 'aria-label': 'Why the other options are wrong' });
  for (const choice of question.choices.filter((c) => !c.correct)) {
    const li = el('li', {}, el('strong', {}, selected.includes(choice.id) ? 'Your pick, ' : ''));
    li.append(rich(choice.text), el('span', { class: 'sep' }, ': '), rich(choice.why));
    wrongs.append(li);
  }
  const topic = question.topicTitle
    ? el(
        'p',
        { class: 'topic' },
        'Topic: ',
        question.hasReference ? el('a', { href: '#', id: 'topic-link', 'data-topic': question.topic }, question.topicTitle) : question.topicTitle,
        question.topicSummary ? ` — ${question.topicSummary}` : '',
      )
    : undefined;
  return el('section', { id: 'feedback', class: 'feedback', 'aria-label': 'Feedback' }, verdict, answerLine, richEl('p', { class: 'explanation' }, question.explanation), wrongs, topic);
}

function questionPanel(state: PageState, question: QuestionView): HTMLElement {
  const { session } = state.quiz;
  const record = session.answers[question.id];
  const multiple = question.type === 'multiple';
  const sectionTitle = state.quiz.sections.find((s) => s.id === question.section)?.title ?? question.section;
  const hint = multiple ? 'Select all that apply with letter keys or Space, then press Enter.' : 'Choose with a letter or number key or the arrows, then press Enter.';
  const group = el('div', { class: 'choices', role: multiple ? 'group' : 'radiogroup', 'aria-labelledby': 'prompt', 'aria-describedby': 'hint' });
  question.choices.forEach((choice, i) => {
    const picked = record ? record.selected.includes(choice.id) : state.selection.includes(choice.id);
    const mark = record ? (choice.correct ? 'is-correct' : picked ? 'is-wrong' : '') : '';
    const status = record ? (choice.correct ? ' (correct answer)' : picked ? ' (your answer, wrong)' : '') : '';
    const node = el(
      'div',
      {
        class: `choice ${picked ? 'picked' : ''} ${mark}`.trim(),
        role: multiple ? 'checkbox' : 'radio',
        'aria-checked': picked ? 'true' : 'false',
        'aria-disabled': record ? 'true' : undefined,
        tabindex: i === state.focusIndex ? 0 : -1,
        'data-choice': choice.id,
        'data-index': i,
      },
      el('span', { class: 'key', 'aria-hidden': 'true' }, choiceKeys(question, i).label),
      el('span', { class: 'mark', 'aria-hidden': 'true' }, record ? (choice.correct ? '✓' : picked ? '✗' : '') : ''),
    );
    node.append(el('span', { class: 'text' }, rich(choice.text)), el('span', { class: 'visually-hidden' }, status));
    group.append(node);
  });
  const snippet = question.snippet ? el('pre', { class: 'snippet', 'aria-label': `${question.snippet.language} snippet` }, el('code', {}, question.snippet.code)) : undefined;
  const last = session.index === session.questionIds.length - 1;
  const action = record
    ? el('button', { id: 'next', type: 'button' }, last ? 'See results' : 'Next question')
    : el('button', { id: 'submit', type: 'button', disabled: state.selection.length === 0 }, 'Submit answer');
  return el(
    'section',
    { class: 'question', 'aria-label': `Question ${session.index + 1} of ${session.questionIds.length}` },
    el('p', { class: 'counter' }, `Question ${session.index + 1} of ${session.questionIds.length} · ${sectionTitle}`),
    richEl('h2', { id: 'prompt' }, question.prompt),
    snippet,
    el('p', { id: 'hint', class: 'hint' }, hint),
    group,
    record ? feedback(question, record.selected, record.correct) : undefined,
    el('div', { class: 'actions' }, action),
  );
}

function summary(state: PageState): HTMLElement {
  const { session } = state.quiz;
  const s = score(session);
  const questions = questionMap(state.quiz);
  const missed = missedIds(session);
  const list = el('ol', { class: 'missed' });
  for (const id of missed) {
    const q = questions.get(id)!;
    const right = q.choices.filter((c) => correctChoiceIds(q).includes(c.id)).map((c) => c.text).join('; ');
    list.append(el('li', {}, richEl('p', { class: 'missed-prompt' }, q.prompt), richEl('p', { class: 'missed-answer' }, `Answer: ${right}`)));
  }
  return el(
    'section',
    { id: 'summary', class: 'summary', 'aria-labelledby': 'summary-title' },
    el('h2', { id: 'summary-title', tabindex: -1 }, session.mode === 'review' ? 'Review round complete' : 'Quiz complete'),
    el('p', { class: 'final-score' }, `${scoreLabel(s.correct, s.total)}.`, missed.length === 0 ? ' Every answer right.' : ` ${missed.length} to revisit:`),
    missed.length > 0 ? list : undefined,
    el(
      'div',
      { class: 'actions' },
      missed.length > 0 ? el('button', { id: 'review', type: 'button' }, `Review my mistakes (${missed.length})`) : undefined,
      el('button', { id: 'new-quiz', type: 'button', class: missed.length > 0 ? 'secondary' : undefined }, 'New quiz'),
    ),
  );
}

export function render(root: HTMLElement, state: PageState): void {
  const { quiz } = state;
  const id = currentQuestionId(quiz.session);
  const question = id === undefined ? undefined : questionMap(quiz).get(id);
  root.replaceChildren(...header(state), isFinished(quiz.session) || !question ? summary(state) : questionPanel(state, question));
  root.removeAttribute('aria-busy');
}
