// Rule docs offer "Test yourself" on the topic their rule teaches: the build-time rule→topic map matches the live registry.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleQuizTopic, testYourselfLink, topic, topicMarkdown } from '../../server/src/content';
import { createLanguageService } from '../../server/src/service';

const root = join(__dirname, '../..');
const rules = createLanguageService().rules();

test('the static rule→topic reader finds the topic of every registered rule', async () => {
  const { ruleTopics } = await import(join(root, 'scripts/content.mjs'));
  const found = ruleTopics(root) as Record<string, string>;
  // Every declared topic must be a string literal the reader can see. Extra entries (a rule file not registered
  // yet) do no harm: they only label a doc.
  const wrong = rules.filter((rule) => found[rule.id] !== rule.topic).map((rule) => `${rule.id}: read ${found[rule.id]}, declared ${rule.topic}`);
  assert.deepEqual(wrong, []);
});

test('loadContent gives each rule doc the topic its rule teaches', async () => {
  const { loadContent } = await import(join(root, 'scripts/content.mjs'));
  const { topics } = loadContent(root) as { topics: Record<string, { topic?: string }> };
  for (const rule of rules) {
    const doc = topics[`rule:${rule.id}`];
    if (!doc) continue;
    assert.equal(doc.topic, rule.topic, rule.id);
  }
});

test('every rule doc whose topic has questions renders a Test yourself link to that topic', () => {
  let linked = 0;
  for (const rule of rules) {
    const doc = topic(`rule:${rule.id}`);
    if (!doc || !rule.topic) continue;
    const quizTopic = ruleQuizTopic(rule.id);
    assert.equal(quizTopic, rule.topic, `${rule.id}: run npm run build, or add questions for ${rule.topic}`);
    assert.ok(topicMarkdown(doc).includes(testYourselfLink(rule.topic)), rule.id);
    assert.ok(topicMarkdown(doc, `rule:${rule.id}`).includes(testYourselfLink(rule.topic)), rule.id);
    linked++;
  }
  assert.ok(linked >= 20, `only ${linked} rule docs link to a quiz`);
});

test('a rule without a topic gets no quiz link', () => {
  const bare = rules.find((rule) => !rule.topic && topic(`rule:${rule.id}`));
  assert.ok(bare, 'expected at least one rule without a topic');
  assert.equal(ruleQuizTopic(bare.id), undefined);
  assert.ok(!topicMarkdown(topic(`rule:${bare.id}`)!).includes('Test yourself'));
});
