// Scoring one answer and formatting the running score; shared by the extension and the page.
import type { Question } from './types';

/** The ids of a question's correct choices, in bank order. */
export function correctChoiceIds(question: Question): string[] {
  return question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
}

/** Right only when exactly the correct choices were picked: a partly right multiple-choice answer counts as wrong. */
export function isCorrect(question: Question, selected: readonly string[]): boolean {
  const wanted = new Set(correctChoiceIds(question));
  const picked = new Set(selected);
  if (picked.size !== wanted.size) return false;
  for (const id of picked) if (!wanted.has(id)) return false;
  return true;
}

/** True when every selected id names a choice of the question and the count fits its type. */
export function isValidSelection(question: Question, selected: readonly string[]): boolean {
  if (selected.length === 0 || new Set(selected).size !== selected.length) return false;
  if (question.type !== 'multiple' && selected.length !== 1) return false;
  const ids = new Set(question.choices.map((choice) => choice.id));
  return selected.every((id) => ids.has(id));
}

export function scoreLabel(correct: number, total: number): string {
  return `Score: ${correct} / ${total}`;
}
