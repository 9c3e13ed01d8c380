// no-maintainer: fires on MAINTAINER, stays silent on labels; the fix writes the OCI authors label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on MAINTAINER', () => {
  expectRule('no-maintainer', `FROM alpine:3.20
MAINTAINER Jane Doe <jane@example.com>
^^^^^^^^^^ no-maintainer`);
});

test('stays silent on the label and on the word in other places', () => {
  expectRule('no-maintainer', `FROM alpine:3.20
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
LABEL maintainer="jane@example.com"
RUN echo MAINTAINER`);
});

test('the fix keeps the author text and the keyword case', () => {
  const text = 'FROM alpine:3.20\nMAINTAINER Jane "JD" Doe\n';
  const fix = lint(text).find((f) => f.ruleId === 'no-maintainer')!.fix!()!;
  assert.equal(applyEdits(text, fix.edits), 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe"\n');
  const lower = 'from alpine:3.20\nmaintainer jane\n';
  const lowerFix = lint(lower).find((f) => f.ruleId === 'no-maintainer')!.fix!()!;
  assert.equal(applyEdits(lower, lowerFix.edits), 'from alpine:3.20\nlabel org.opencontainers.image.authors="jane"\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-maintainer', `FROM alpine:3.20
LABEL maintainer="Lukas Martinelli <me@lukasmartinelli.ch>"
LABEL org.opencontainers.image.authors="moby@example.com"`);
});
