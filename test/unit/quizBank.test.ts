// Content tests of the quiz bank: schema, unique ids, size and spread, topics that exist, and the key facts pinned.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { topic } from '../../server/src/content';
import { correctChoiceIds } from '../../client/src/quiz/logic/scoring';
import type { Bank, Question } from '../../client/src/quiz/logic/types';

const dir = join(__dirname, '../../server/src/content/quiz');
const bank = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Bank;
const schema = JSON.parse(readFileSync(join(dir, 'questions.schema.json'), 'utf8'));

function question(id: string): Question {
  const found = bank.questions.find((q) => q.id === id);
  assert.ok(found, `question ${id} is missing`);
  return found;
}

const correctTexts = (q: Question) => q.choices.filter((c) => c.correct).map((c) => c.text).join(' | ');

test('questions.json matches its JSON schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(bank), JSON.stringify(validate.errors, null, 2));
});

test('question ids are unique and choice ids are unique within each question', () => {
  const ids = bank.questions.map((q) => q.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  for (const q of bank.questions) assert.equal(new Set(q.choices.map((c) => c.id)).size, q.choices.length, q.id);
});

test('at least 60 questions, every section has at least 8, and ids start with their section', () => {
  assert.ok(bank.questions.length >= 60, `only ${bank.questions.length} questions`);
  for (const section of bank.sections) {
    const count = bank.questions.filter((q) => q.section === section.id).length;
    assert.ok(count >= 8, `section ${section.id} has only ${count} questions`);
  }
  for (const q of bank.questions) assert.ok(q.id.startsWith(`${q.section}-`), q.id);
});

test('every question type is used, and spot-the-problem questions carry a snippet', () => {
  for (const type of ['single', 'multiple', 'truefalse', 'spot']) assert.ok(bank.questions.some((q) => q.type === type), type);
  for (const q of bank.questions.filter((x) => x.type === 'spot')) assert.ok(q.snippet, q.id);
});

test('every topic id names a document in the content bundle', () => {
  for (const q of bank.questions) assert.ok(topic(q.topic), `${q.id}: topic ${q.topic} is not in the content bundle`);
});

test('the seed test is covered: ten seed questions, at least one per section', () => {
  const seeds = bank.questions.filter((q) => q.seed);
  assert.equal(seeds.length, 10);
  for (const section of bank.sections) assert.ok(seeds.some((q) => q.section === section.id), section.id);
});

test('fact: the three kernel features are namespaces, cgroups and a layered filesystem', () => {
  const q = question('containers-three-kernel-features');
  assert.equal(q.seed, true);
  assert.equal(correctChoiceIds(q).length, 1);
  assert.match(correctTexts(q), /namespaces/i);
  assert.match(correctTexts(q), /cgroups/i);
  assert.match(correctTexts(q), /layered|union/i);
});

test('fact: Linux has eight namespace kinds, time among them since 5.6', () => {
  const q = question('containers-namespace-kinds');
  assert.match(correctTexts(q), /^Eight/);
  assert.match(q.explanation, /eight namespace kinds/i);
  assert.match(q.explanation, /time.*5\.6/i);
});

test('fact: a default container gets six namespaces on cgroup v2, five on v1, no user or time namespace', () => {
  const q = question('containers-default-namespaces');
  const correct = new Set(q.choices.filter((c) => c.correct).map((c) => c.text));
  for (const kind of ['PID', 'Network', 'Mount', 'UTS']) assert.ok(correct.has(kind), kind);
  for (const kind of ['User', 'Time']) assert.ok(!correct.has(kind), kind);
  assert.match(q.explanation, /six/);
  assert.match(q.explanation, /five/);
  assert.equal(correctChoiceIds(question('containers-userns-default')).join(), 'false', 'user namespaces are not on by default');
});

test('fact: cgroup v2 has no network-bandwidth controller', () => {
  assert.match(correctTexts(question('containers-cgroup-v2-limits')), /network bandwidth/i);
});

test('fact: a named volume on the local driver stays on one host', () => {
  assert.equal(correctChoiceIds(question('storage-named-volume-portable-tf')).join(), 'false');
});

test('fact: npm ci --omit=dev, not the deprecated --production', () => {
  const q = question('caching-npm-omit-dev');
  assert.match(correctTexts(q), /--omit=dev/);
  const production = q.choices.find((c) => c.text.includes('--production'))!;
  assert.equal(production.correct, false);
  assert.match(production.why, /deprecated/i);
});
