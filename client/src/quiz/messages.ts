// The typed messages between the quiz panel and its page, with validators both sides run before using a message.
import { parseSession, type SessionState } from './logic/session';
import type { Question, QuestionType, Section } from './logic/types';

/** A question as the page gets it: the bank entry plus the title and summary of its hover topic. */
export interface QuestionView extends Question {
  topicTitle?: string;
  topicSummary?: string;
  /** True when the topic has an external reference the extension can open. */
  hasReference?: boolean;
}

/** Everything the page needs to run one quiz without asking again. */
export interface QuizView {
  /** Changes whenever the extension starts a new quiz, so a reloaded page can tell a stale state from a current one. */
  quizId: string;
  title: string;
  sections: Section[];
  questions: QuestionView[];
  session: SessionState;
  /** How many questions are due for spaced-repetition review right now. */
  due: number;
}

export type HostMessage = { type: 'show'; quiz: QuizView } | { type: 'due'; count: number };

export type PageMessage =
  | { type: 'ready'; quizId?: string }
  | { type: 'answered'; quizId: string; questionId: string; selected: string[] }
  | { type: 'sync'; quizId: string; session: unknown }
  | { type: 'newQuiz' }
  | { type: 'openTopic'; topic: string };

const TYPES: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'spot'];
const MAX_TEXT = 20_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9:._-]{1,120}$/i.test(v);

/** Validates a message from the page; anything malformed comes back undefined and is ignored. */
export function parsePageMessage(value: unknown): PageMessage | undefined {
  if (!isObj(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return value.quizId === undefined ? { type: 'ready' } : isId(value.quizId) ? { type: 'ready', quizId: value.quizId } : undefined;
    case 'answered':
      if (!isId(value.quizId) || !isId(value.questionId) || !Array.isArray(value.selected) || value.selected.length > 10) return undefined;
      if (!value.selected.every(isId)) return undefined;
      return { type: 'answered', quizId: value.quizId, questionId: value.questionId, selected: [...(value.selected as string[])] };
    case 'sync':
      return isId(value.quizId) && isObj(value.session) ? { type: 'sync', quizId: value.quizId, session: value.session } : undefined;
    case 'newQuiz':
      return { type: 'newQuiz' };
    case 'openTopic':
      return isId(value.topic) ? { type: 'openTopic', topic: value.topic } : undefined;
    default:
      return undefined;
  }
}

function parseQuestion(value: unknown): QuestionView | undefined {
  if (!isObj(value) || !isId(value.id) || !isId(value.section) || !isId(value.topic)) return undefined;
  if (!TYPES.includes(value.type as QuestionType) || !isText(value.prompt) || !isText(value.explanation)) return undefined;
  if (!Array.isArray(value.choices) || value.choices.length < 2 || value.choices.length > 6) return undefined;
  const choices = value.choices.map((c: unknown) =>
    isObj(c) && isId(c.id) && isText(c.text) && typeof c.correct === 'boolean' && isText(c.why) ? { id: c.id, text: c.text, correct: c.correct, why: c.why } : undefined,
  );
  if (choices.some((c) => c === undefined)) return undefined;
  let snippet: Question['snippet'];
  if (value.snippet !== undefined) {
    const s = value.snippet;
    if (!isObj(s) || !isId(s.language) || !isText(s.code)) return undefined;
    snippet = { language: s.language, code: s.code };
  }
  const question: QuestionView = {
    id: value.id,
    section: value.section,
    type: value.type as QuestionType,
    prompt: value.prompt,
    choices: choices as Question['choices'],
    explanation: value.explanation,
    topic: value.topic,
    seed: value.seed === true,
  };
  if (snippet) question.snippet = snippet;
  if (isText(value.topicTitle, 200)) question.topicTitle = value.topicTitle;
  if (isText(value.topicSummary, 1000)) question.topicSummary = value.topicSummary;
  if (value.hasReference === true) question.hasReference = true;
  return question;
}

/** Validates a whole quiz (from a message or a restored page state), including its session against its questions. */
export function parseQuizView(value: unknown): QuizView | undefined {
  if (!isObj(value) || !isId(value.quizId) || !isText(value.title, 200)) return undefined;
  if (!Array.isArray(value.sections) || !Array.isArray(value.questions) || value.questions.length === 0 || value.questions.length > 500) return undefined;
  const sections = value.sections.map((s: unknown) => (isObj(s) && isId(s.id) && isText(s.title, 200) ? { id: s.id, title: s.title } : undefined));
  if (sections.some((s) => s === undefined)) return undefined;
  const questions = value.questions.map(parseQuestion);
  if (questions.some((q) => q === undefined)) return undefined;
  const byId = new Map((questions as QuestionView[]).map((q) => [q.id, q]));
  const session = parseSession(value.session, byId);
  if (!session) return undefined;
  const due = typeof value.due === 'number' && Number.isInteger(value.due) && value.due >= 0 ? value.due : 0;
  return { quizId: value.quizId, title: value.title, sections: sections as Section[], questions: questions as QuestionView[], session, due };
}

/** Validates a message from the extension. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isObj(value)) return undefined;
  if (value.type === 'due') return typeof value.count === 'number' && Number.isInteger(value.count) && value.count >= 0 ? { type: 'due', count: value.count } : undefined;
  if (value.type === 'show') {
    const quiz = parseQuizView(value.quiz);
    return quiz ? { type: 'show', quiz } : undefined;
  }
  return undefined;
}
