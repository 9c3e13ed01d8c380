// Unit tests of spaced repetition (Leitner boxes, due counts, persisted-state migration) and question selection.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BOX_INTERVAL_DAYS, MAX_BOX, dueIds, emptySrs, migrateSrs, newIds, review, SRS_VERSION } from '../../client/src/quiz/logic/leitner';
import { pickQuiz, questionsForRules, questionsForTopic, spreadOverSections } from '../../client/src/quiz/logic/selection';
import type { Question } from '../../client/src/quiz/logic/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 0, 1);

function q(id: string, section: string, topic: string): Question {
  return { id, section, type: 'truefalse', prompt: 'A prompt here', choices: [], explanation: 'x'.repeat(40), topic, seed: false };
}

test('a right answer climbs one box and waits that box interval; a wrong one drops to box 1, due now', () => {
  let s = review(emptySrs(), 'x', true, NOW);
  assert.deepEqual(s.cards.x, { box: 1, due: NOW + BOX_INTERVAL_DAYS[0] * DAY, seen: 1, lapses: 0 });
  s = review(s, 'x', true, NOW);
  assert.equal(s.cards.x!.box, 2);
  assert.equal(s.cards.x!.due, NOW + BOX_INTERVAL_DAYS[1] * DAY);
  s = review(s, 'x', false, NOW);
  assert.deepEqual(s.cards.x, { box: 1, due: NOW, seen: 3, lapses: 1 });
});

test('the box never goes past the last one', () => {
  let s = emptySrs();
  for (let i = 0; i < MAX_BOX + 3; i++) s = review(s, 'x', true, NOW);
  assert.equal(s.cards.x!.box, MAX_BOX);
});

test('due ids are the seen cards whose time has come; unseen cards are new, not due', () => {
  let s = review(emptySrs(), 'a', true, NOW);
  s = review(s, 'b', false, NOW);
  assert.deepEqual(dueIds(s, ['a', 'b', 'c'], NOW), ['b']);
  assert.deepEqual(dueIds(s, ['a', 'b', 'c'], NOW + DAY), ['a', 'b']);
  assert.deepEqual(newIds(s, ['a', 'b', 'c']), ['c']);
});

test('persisted state of another version or shape is dropped, bad cards are skipped', () => {
  assert.deepEqual(migrateSrs(undefined), emptySrs());
  assert.deepEqual(migrateSrs({ version: 99, cards: { a: { box: 1, due: 0 } } }), emptySrs());
  const good = review(emptySrs(), 'a', true, NOW);
  assert.deepEqual(migrateSrs(JSON.parse(JSON.stringify(good))), good);
  const mixed = migrateSrs({ version: SRS_VERSION, cards: { a: { box: 9, due: 0 }, b: { box: 2, due: 5 }, c: null } });
  assert.deepEqual(Object.keys(mixed.cards), ['b']);
});

const bank = [
  q('s1-a', 's1', 'concept:namespaces'),
  q('s1-b', 's1', 'concept:cgroups'),
  q('s1-c', 's1', 'concept:namespaces'),
  q('s2-a', 's2', 'instruction:MAINTAINER'),
  q('s2-b', 's2', 'concept:compose-basics'),
  q('s3-a', 's3', 'concept:compose-readiness'),
];

test('spreading over sections takes one from each section in turn', () => {
  assert.deepEqual(spreadOverSections(bank).map((x) => x.id), ['s1-a', 's2-a', 's3-a', 's1-b', 's2-b', 's1-c']);
});

test('a default quiz puts due questions first, then new ones spread over sections, then the rest', () => {
  let srs = review(emptySrs(), 's1-c', false, NOW - 10);
  srs = review(srs, 's2-b', true, NOW);
  assert.deepEqual(pickQuiz(bank, srs, NOW, 4), ['s1-c', 's1-a', 's2-a', 's3-a']);
  assert.deepEqual(pickQuiz(bank, srs, NOW, 10).at(-1), 's2-b', 'a card not yet due still comes last');
});

test('a topic quiz holds only that topic', () => {
  assert.deepEqual(questionsForTopic(bank, 'concept:namespaces'), ['s1-a', 's1-c']);
});

test('a file quiz follows the fired rules to their topics, with Compose key topics falling back to Compose concepts', () => {
  const ruleTopics = new Map<string, string | undefined>([
    ['no-maintainer', 'instruction:MAINTAINER'],
    ['depends-on-undefined-service', 'compose:service.depends_on'],
    ['readable-text', undefined],
  ]);
  assert.deepEqual(questionsForRules(bank, ['no-maintainer', 'no-maintainer'], ruleTopics), ['s2-a']);
  assert.deepEqual(questionsForRules(bank, ['depends-on-undefined-service'], ruleTopics), ['s2-b', 's3-a']);
  assert.deepEqual(questionsForRules(bank, ['readable-text', 'unknown-rule'], ruleTopics), []);
});
