// consistent-instruction-casing: fires on keywords cased unlike the majority, stays silent on consistent files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on lower-case and mixed-case keywords in an upper-case file', () => {
  expectRule('consistent-instruction-casing', `FROM alpine:3.20
RUN echo one
run echo two
^^^ consistent-instruction-casing
Entrypoint ["sh"]
^^^^^^^^^^ consistent-instruction-casing`);
});

test('fires on the upper-case minority in a lower-case file', () => {
  expectRule('consistent-instruction-casing', `from alpine:3.20
run echo one
RUN echo two
^^^ consistent-instruction-casing`);
});

test('stays silent on an all-upper or all-lower file', () => {
  expectRule('consistent-instruction-casing', `FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]`);
  expectRule('consistent-instruction-casing', `from alpine:3.20\nrun echo hi\ncmd ["sh"]`);
});

test('the fix rewrites the keyword in the majority casing', () => {
  const text = 'FROM alpine:3.20\nRUN true\nrun echo\n';
  const finding = lint(text).find((f) => f.ruleId === 'consistent-instruction-casing');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM alpine:3.20\nRUN true\nRUN echo\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks) (1)', () => {
  expectRule('consistent-instruction-casing', `FROM alpine:3.20
RUN echo hello
COPY --from=foo bar .`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks) (2)', () => {
  expectRule('consistent-instruction-casing', `from alpine:3.20
run echo hello
copy --from=foo bar .`);
});
