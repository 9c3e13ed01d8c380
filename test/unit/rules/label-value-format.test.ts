// label-value-format: fires on empty values and on values that do not match their schema type, stays silent on good and variable values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectWithConfig } from '../../support/hadolintConfig';
import { isSpdxExpression, matchesLabelType } from '../../../server/src/dockerfile/labels';


const CONFIG = `label-schema:
  author: text
  contact: email
  created: rfc3339
  version: semver
  documentation: url
  git-revision: hash
  license: spdx
`;

test('fires on values of the wrong format, pointing at the value', () => {
  expectWithConfig('label-value-format', CONFIG, `FROM alpine:3.20
LABEL version="v1.4" documentation="docs.example.com"
              ^^^^^^ label-value-format
                                   ^^^^^^^^^^^^^^^^^^ label-value-format
LABEL contact=team created=2024-05-01 git-revision=main license="MIT License"
              ^^^^ label-value-format
                           ^^^^^^^^^^ label-value-format
                                                   ^^^^ label-value-format
                                                                ^^^^^^^^^^^^^ label-value-format`);
});

test('fires on empty values of any type, pointing at the key', () => {
  expectWithConfig('label-value-format', CONFIG, `FROM alpine:3.20
LABEL author="" version=
      ^^^^^^ label-value-format
                ^^^^^^^ label-value-format`);
});

test('stays silent on well-formed values, variables and labels outside the schema', () => {
  expectWithConfig('label-value-format', CONFIG, `FROM alpine:3.20
ARG VERSION=1.0.0
LABEL author="Ops Team" contact="ops@example.com" created="2024-05-01T12:00:00Z" \\
      version="2.0.0-rc.1+build.5" documentation="https://docs.example.com/app?x=1#top" \\
      git-revision="0123abc" license="Apache-2.0 OR MIT"
LABEL version="\${VERSION}" other="not checked"`);
  expectWithConfig('label-value-format', undefined, 'FROM alpine:3.20\nLABEL version=banana');
});

test('the type checks accept and reject what their specifications do', () => {
  const good: [Parameters<typeof matchesLabelType>[0], string][] = [
    ['semver', '0.0.0'], ['semver', '1.2.3-alpha.1'], ['semver', '1.2.3+20240501'],
    ['rfc3339', '1996-12-19T16:39:57-08:00'], ['rfc3339', '1990-12-31T23:59:60Z'], ['rfc3339', '2024-05-01 12:00:00.123+02:00'],
    ['url', 'mailto:team@example.com'], ['url', 'https://example.com/a%20b'],
    ['hash', '0123456789abcdef0123456789abcdef01234567'], ['email', '"odd name"@example.com'], ['email', 'a.b+c@[192.0.2.1]'],
  ];
  for (const [type, value] of good) assert.ok(matchesLabelType(type, value), `${type} ${value}`);
  const bad: [Parameters<typeof matchesLabelType>[0], string][] = [
    ['semver', '1.2'], ['semver', '01.2.3'], ['semver', 'v1.2.3'], ['rfc3339', '2024-13-01T00:00:00Z'], ['rfc3339', '2024-05-01T00:00:00'],
    ['url', 'https://example.com/a b'], ['url', '/relative/path'], ['hash', 'abc12'], ['hash', 'g123456'], ['email', 'a@b@c'], ['email', 'team at example.com'],
  ];
  for (const [type, value] of bad) assert.ok(!matchesLabelType(type, value), `${type} ${value}`);
  for (const expression of ['MIT', 'GPL-2.0-or-later', '(MIT OR Apache-2.0) AND BSD-3-Clause', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-acme', 'Apache-2.0+', 'mit or apache-2.0']) {
    assert.ok(isSpdxExpression(expression), expression);
  }
  for (const expression of ['MIT License', 'Apache 2.0', 'MIT OR', '(MIT', 'MIT)', 'AND', 'MIT WITH', '', 'MIT/Apache', `${'('.repeat(100)}MIT${')'.repeat(100)}`]) {
    assert.ok(!isSpdxExpression(expression), expression);
  }
});

test('stays silent on the shapes the peers document as correct (hadolint DL3051-DL3058)', () => {
  expectWithConfig('label-value-format', CONFIG, `FROM alpine:3.20
LABEL author="Jane Doe" contact="jane@example.org" created="2024-07-01T10:00:00Z"
LABEL version="1.0.0" documentation="https://example.org/docs" git-revision="a3f4b2c9" license="MIT OR Apache-2.0"`);
});
