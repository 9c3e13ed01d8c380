// require-project-name-field (off by default): fires when no document sets a top-level name; silent with one, and when not enabled.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'require-project-name-field';
const ON = { enable: true, rules: { [RULE]: 'warning' as const } };

test('fires on the first key of a file without a name, as a warning when enabled', () => {
  const [finding] = expectRule(RULE, 'services:\n^^^^^^^^ require-project-name-field\n  web:\n    image: nginx:1.27\n', 'compose.yaml', ON);
  assert.equal(finding!.severity, 'warning');
  assert.match(finding!.message, /name/);
});

test('can be enabled by its dclint name', () => {
  expectRule(RULE, 'services:\n^^^^^^^^ require-project-name-field\n  web:\n    image: nginx:1.27\n', 'compose.yaml', { enable: true, rules: { 'require-project-name-field': 'warning' } });
});

test('stays silent when a name is set, and when the rule is not enabled', () => {
  expectRule(RULE, 'name: shop\nservices:\n  web:\n    image: nginx:1.27\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: nginx:1.27\n---\nname: shop\n', 'compose.yaml', ON);
  expectRule(RULE, 'services:\n  web:\n    image: nginx:1.27\n', 'compose.yaml');
});
