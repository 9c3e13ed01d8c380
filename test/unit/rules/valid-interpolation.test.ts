// valid-interpolation: fires on unclosed ${, empty ${}, bad names and unknown modifiers; silent on every form Compose accepts and on $$ escapes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanInterpolation } from '../../../server/src/compose/interpolation';
import { expectRule } from '../../support/lint';

const RULE = 'valid-interpolation';

test('fires on each malformed expression, underlining it', () => {
  const findings = expectRule(
    RULE,
    `services:
  web:
    image: example/web:\${TAG:latest}
                       ^^^^^^^^^^^^^ valid-interpolation
    command: echo \${HOME
                  ^^^^^^ valid-interpolation
    environment:
      A: "\${}"
          ^^^ valid-interpolation
      B: \${1ST}
         ^^^^^^ valid-interpolation
      C: \${NAME//a/b}
         ^^^^^^^^^^^^ valid-interpolation`,
    'compose.yaml',
  );
  assert.equal(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, /":l", which is not a Compose modifier|":l"/);
  assert.match(findings[1]!.message, /never closed/);
});

test('stays silent on valid forms, nested defaults, $$ escapes and shell syntax Compose leaves alone', () => {
  expectRule(
    RULE,
    `services:
  web:
    image: example/web:\${TAG:-1.0}
    command: sh -c 'echo $$HOME $\${HOME} $(date) $1'
    environment:
      A: \${A-x} \${B:?needed} \${C?needed} \${D:+on} \${E+on} $F
      B: \${TAG:-\${VERSION:-1.0}}
      C: price is 5$`,
    'compose.yaml',
  );
});

test('the scanner reports uses with their modifiers, nested ones included', () => {
  const { uses, errors } = scanInterpolation('a ${X:-${Y}} $Z $$W');
  assert.deepEqual(errors, []);
  assert.deepEqual(uses.map((use) => [use.name, use.modifier ?? '', use.start, use.end]), [['X', ':-', 2, 12], ['Y', '', 7, 11], ['Z', '', 13, 15]]);
});
