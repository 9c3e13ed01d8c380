// One quiz run as plain serializable data: one question at a time, answers, score, per-section progress and the mistakes round.
import { isCorrect, isValidSelection } from './scoring';
import type { Question, Section } from './types';

export interface AnswerRecord {
  selected: string[];
  correct: boolean;
}

export interface SessionState {
  /** Which round this is: a fresh quiz, or a retry of the questions missed in an earlier one. */
  mode: 'quiz' | 'review';
  questionIds: string[];
  /** The question on screen; equal to questionIds.length once the run is over. */
  index: number;
  answers: Record<string, AnswerRecord>;
}

export interface SectionProgress {
  section: string;
  title: string;
  total: number;
  answered: number;
  correct: number;
}

export function createSession(questionIds: readonly string[], mode: SessionState['mode'] = 'quiz'): SessionState {
  return { mode, questionIds: [...new Set(questionIds)], index: 0, answers: {} };
}

export function currentQuestionId(session: SessionState): string | undefined {
  return session.questionIds[session.index];
}

export function isFinished(session: SessionState): boolean {
  return session.index >= session.questionIds.length;
}

/** Records an answer to the current question; answering twice or with an invalid selection changes nothing. */
export function answer(session: SessionState, question: Question, selected: readonly string[]): SessionState {
  if (currentQuestionId(session) !== question.id || session.answers[question.id]) return session;
  if (!isValidSelection(question, selected)) return session;
  const record: AnswerRecord = { selected: [...selected], correct: isCorrect(question, selected) };
  return { ...session, answers: { ...session.answers, [question.id]: record } };
}

/** Moves on once the current question has been answered. */
export function next(session: SessionState): SessionState {
  const id = currentQuestionId(session);
  if (id === undefined || !session.answers[id]) return session;
  return { ...session, index: session.index + 1 };
}

export function score(session: SessionState): { correct: number; answered: number; total: number } {
  const records = session.questionIds.map((id) => session.answers[id]).filter((r): r is AnswerRecord => r !== undefined);
  return { correct: records.filter((r) => r.correct).length, answered: records.length, total: session.questionIds.length };
}

/** Progress per section, in the bank's section order, listing only sections this run touches. */
export function sectionProgress(session: SessionState, questions: ReadonlyMap<string, Question>, sections: readonly Section[]): SectionProgress[] {
  const bySection = new Map<string, SectionProgress>();
  for (const section of sections) bySection.set(section.id, { section: section.id, title: section.title, total: 0, answered: 0, correct: 0 });
  for (const id of session.questionIds) {
    const question = questions.get(id);
    const entry = question && bySection.get(question.section);
    if (!entry) continue;
    entry.total++;
    const record = session.answers[id];
    if (record) {
      entry.answered++;
      if (record.correct) entry.correct++;
    }
  }
  return [...bySection.values()].filter((entry) => entry.total > 0);
}

/** The ids answered wrongly, in the order they were asked. */
export function missedIds(session: SessionState): string[] {
  return session.questionIds.filter((id) => session.answers[id] && !session.answers[id]!.correct);
}

/** A new round over the questions missed in this one, or undefined when nothing was missed. */
export function reviewSession(session: SessionState): SessionState | undefined {
  const missed = missedIds(session);
  return missed.length > 0 ? createSession(missed, 'review') : undefined;
}

/**
 * Checks an untrusted value (a restored webview state or a message) against the known questions:
 * returns a clean copy, or undefined when anything is off.
 */
export function parseSession(value: unknown, questions: ReadonlyMap<string, Question>): SessionState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (raw.mode !== 'quiz' && raw.mode !== 'review') return undefined;
  if (!Array.isArray(raw.questionIds) || raw.questionIds.length === 0 || raw.questionIds.length > 500) return undefined;
  if (!raw.questionIds.every((id) => typeof id === 'string' && questions.has(id))) return undefined;
  const ids = raw.questionIds as string[];
  if (new Set(ids).size !== ids.length) return undefined;
  if (typeof raw.index !== 'number' || !Number.isInteger(raw.index) || raw.index < 0 || raw.index > ids.length) return undefined;
  if (typeof raw.answers !== 'object' || raw.answers === null || Array.isArray(raw.answers)) return undefined;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, record] of Object.entries(raw.answers as Record<string, unknown>)) {
    const question = questions.get(id);
    if (!question || !ids.includes(id)) return undefined;
    const selected = (record as { selected?: unknown } | null)?.selected;
    if (!Array.isArray(selected) || !selected.every((s) => typeof s === 'string')) return undefined;
    if (!isValidSelection(question, selected)) return undefined;
    // Correctness is recomputed from the bank, never taken from the stored value.
    answers[id] = { selected: [...selected], correct: isCorrect(question, selected) };
  }
  return { mode: raw.mode, questionIds: [...ids], index: raw.index, answers };
}
