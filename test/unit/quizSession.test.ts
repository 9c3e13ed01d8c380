// Unit tests of the quiz's pure logic: scoring, the session (score, progress, summary, mistakes round) and state parsing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCorrect, isValidSelection, scoreLabel } from '../../client/src/quiz/logic/scoring';
import { answer, createSession, currentQuestionId, isFinished, missedIds, next, parseSession, reviewSession, score, sectionProgress } from '../../client/src/quiz/logic/session';
import type { Question } from '../../client/src/quiz/logic/types';

function q(id: string, section: string, correct: string[], type: Question['type'] = correct.length > 1 ? 'multiple' : 'single'): Question {
  return {
    id,
    section,
    type,
    prompt: `Prompt of ${id}`,
    choices: ['a', 'b', 'c', 'd'].map((c) => ({ id: c, text: `choice ${c}`, correct: correct.includes(c), why: `because ${c}` })),
    explanation: `Explanation of ${id}`,
    topic: 'concept:namespaces',
    seed: false,
  };
}

const one = q('s1-one', 's1', ['b']);
const many = q('s1-many', 's1', ['a', 'c']);
const other = q('s2-other', 's2', ['d']);
const bank = new Map([one, many, other].map((x) => [x.id, x]));
const sections = [{ id: 's1', title: 'Section one' }, { id: 's2', title: 'Section two' }, { id: 's3', title: 'Unused' }];

test('a single-choice answer is right only with the correct choice', () => {
  assert.equal(isCorrect(one, ['b']), true);
  assert.equal(isCorrect(one, ['a']), false);
});

test('a multiple-choice answer must pick exactly the correct set', () => {
  assert.equal(isCorrect(many, ['c', 'a']), true);
  assert.equal(isCorrect(many, ['a']), false);
  assert.equal(isCorrect(many, ['a', 'b', 'c']), false);
});

test('selections must name real choices, once, and only one for single-answer types', () => {
  assert.equal(isValidSelection(one, ['a', 'b']), false);
  assert.equal(isValidSelection(one, ['z']), false);
  assert.equal(isValidSelection(one, []), false);
  assert.equal(isValidSelection(many, ['a', 'a']), false);
  assert.equal(isValidSelection(many, ['a', 'b']), true);
});

test('the score reads "Score: 3 / 10"', () => assert.equal(scoreLabel(3, 10), 'Score: 3 / 10'));

test('a session asks one question at a time and moves on only after an answer', () => {
  let s = createSession([one.id, many.id, other.id]);
  assert.equal(currentQuestionId(s), one.id);
  assert.equal(next(s), s, 'cannot skip an unanswered question');
  s = answer(s, one, ['b']);
  assert.deepEqual(score(s), { correct: 1, answered: 1, total: 3 });
  assert.equal(answer(s, one, ['a']), s, 'a second answer is ignored');
  assert.equal(answer(s, many, ['a', 'c']), s, 'only the current question can be answered');
  s = next(s);
  s = next(answer(s, many, ['a']));
  s = next(answer(s, other, ['d']));
  assert.ok(isFinished(s));
  assert.deepEqual(score(s), { correct: 2, answered: 3, total: 3 });
  assert.deepEqual(missedIds(s), [many.id]);
});

test('progress is counted per section, in section order, skipping untouched sections', () => {
  const s = next(answer(createSession([other.id, one.id, many.id]), other, ['a']));
  assert.deepEqual(sectionProgress(answer(s, one, ['b']), bank, sections), [
    { section: 's1', title: 'Section one', total: 2, answered: 1, correct: 1 },
    { section: 's2', title: 'Section two', total: 1, answered: 1, correct: 0 },
  ]);
});

test('the mistakes round asks only the missed questions, and is absent after a perfect run', () => {
  let s = createSession([one.id, other.id]);
  s = next(answer(s, one, ['a']));
  s = next(answer(s, other, ['d']));
  const review = reviewSession(s)!;
  assert.equal(review.mode, 'review');
  assert.deepEqual(review.questionIds, [one.id]);
  assert.equal(reviewSession(next(answer(review, one, ['b']))), undefined);
});

test('parseSession accepts a real state and recomputes correctness from the bank', () => {
  const stored = { mode: 'quiz', questionIds: [one.id, many.id], index: 1, answers: { [one.id]: { selected: ['a'], correct: true } } };
  const parsed = parseSession(stored, bank)!;
  assert.equal(parsed.answers[one.id]!.correct, false, 'a forged "correct" flag is not trusted');
  assert.equal(parsed.index, 1);
});

test('parseSession rejects unknown ids, bad indexes, bad selections and junk', () => {
  for (const bad of [
    null,
    'x',
    { mode: 'quiz', questionIds: ['nope'], index: 0, answers: {} },
    { mode: 'quiz', questionIds: [one.id], index: 5, answers: {} },
    { mode: 'quiz', questionIds: [one.id], index: 0, answers: { [one.id]: { selected: ['z'] } } },
    { mode: 'quiz', questionIds: [one.id], index: 0, answers: { [other.id]: { selected: ['d'] } } },
    { mode: 'other', questionIds: [one.id], index: 0, answers: {} },
    { mode: 'quiz', questionIds: [one.id, one.id], index: 0, answers: {} },
  ]) {
    assert.equal(parseSession(bad, bank), undefined, JSON.stringify(bad));
  }
});
