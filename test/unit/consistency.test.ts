// Consistency of the rule registry: unique ids and aliases, a doc and a test file per rule, a fix test per fixable rule.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { topic } from '../../server/src/service';
import { service } from '../support/lint';

const rules = service.rules();
const root = join(__dirname, '../..');

test('rule ids are unique and no alias names two rules of one tool', () => {
  const ids = rules.map((rule) => rule.id);
  assert.deepEqual(ids, [...new Set(ids)]);
  const aliases = rules.flatMap((rule) => rule.aliases.map((alias) => `${alias.tool}:${alias.id}`));
  assert.deepEqual(aliases, [...new Set(aliases)]);
});

test('error severity is reserved for rules in the correctness category', () => {
  for (const rule of rules) if (rule.defaultSeverity === 'error') assert.equal(rule.category, 'correctness', rule.id);
});

for (const rule of rules) {
  test(`${rule.id} has a doc, a test file, and a valid topic`, () => {
    const doc = topic(`rule:${rule.id}`);
    assert.ok(doc, `server/src/content/rules/${rule.id}.md is missing`);
    assert.ok(doc.body.length > 100, 'the doc body is too short to teach anything');
    if (rule.topic) assert.ok(topic(rule.topic), `topic ${rule.topic} does not exist`);
    const testFile = join(root, 'test/unit/rules', `${rule.id}.test.ts`);
    if (rule.id !== 'readable-text') {
      assert.ok(existsSync(testFile), `${testFile} is missing`);
      const source = readFileSync(testFile, 'utf8');
      assert.match(source, /fires|must fire/i, 'needs a must-fire case');
      assert.match(source, /silent/i, 'needs a must-stay-silent case');
      if (rule.fixable) assert.match(source, /\.fix!?\(\)/, 'a fixable rule needs a test that applies its fix');
    }
  });
}

test('every rule doc belongs to a rule', () => {
  const docs = readdirSync(join(root, 'server/src/content/rules')).map((file) => file.replace(/\.md$/, ''));
  const ids = new Set(rules.map((rule) => rule.id));
  assert.deepEqual(docs.filter((doc) => !ids.has(doc)), []);
});
