// Content tests of the quiz bank: schema, unique ids, size and spread, topics that exist, and the key facts pinned.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { topic, topicIds } from '../../server/src/content';
import { createLanguageService } from '../../server/src/service';
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

test('the schema accepts every content topic id, so any hover or rule doc can get questions', () => {
  const pattern = new RegExp(schema.$defs.topic.pattern);
  const ids = topicIds();
  for (const kind of ['instruction:', 'concept:', 'compose:', 'rule:']) assert.ok(ids.some((id) => id.startsWith(kind)), kind);
  for (const id of ids) assert.match(id, pattern, `content topic ${id} would be rejected by questions.schema.json`);
  assert.doesNotMatch('concept:no such topic', pattern);
});

test('every topic a rule teaches has quiz questions, so "Quiz me on this file" and Test yourself links find some', () => {
  const withQuestions = new Set(bank.questions.map((q) => q.topic));
  const missing = createLanguageService()
    .rules()
    .filter((rule) => rule.topic && !withQuestions.has(rule.topic))
    .map((rule) => `${rule.id} -> ${rule.topic}`);
  assert.deepEqual(missing, [], 'add questions to server/src/content/quiz/questions.json for these rule topics');
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

test('fact: the OCI publishes three specifications, image, runtime and distribution', () => {
  const q = question('containers-oci-specs');
  assert.deepEqual(correctChoiceIds(q).length, 3);
  for (const spec of ['image', 'runtime', 'distribution']) assert.match(correctTexts(q), new RegExp(`${spec} spec`, 'i'));
  assert.match(q.explanation, /three specifications/);
});

test('fact: tmpfs keeps data in memory but may be swapped to disk', () => {
  const q = question('storage-tmpfs-ram-only');
  assert.match(correctTexts(q), /tmpfs/);
  assert.match(q.choices.find((c) => c.correct)!.why, /swap/);
  assert.match(q.explanation, /swap/);
});

test('fact: service_healthy on a dependency without a healthcheck stops Compose with an error', () => {
  const q = question('compose-security-healthy-without-healthcheck');
  assert.match(correctTexts(q), /healthcheck/);
  assert.match(q.choices.find((c) => c.correct)!.why, /no healthcheck configured/);
});

test('fact: a read-only mount of docker.sock still exposes the whole API', () => {
  assert.match(question('compose-security-docker-socket').explanation, /`:ro` does not help/);
});

test('fact: the top-level Compose version is obsolete and ignored apart from a warning', () => {
  assert.equal(correctChoiceIds(question('compose-security-version-obsolete-tf')).join(), 'false');
});
