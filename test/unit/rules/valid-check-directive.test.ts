// valid-check-directive: fires (error) on options BuildKit cannot parse and (warning) on unknown check names with a suggestion; silent on valid settings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on unknown options, a missing = and a non-boolean error=', () => {
  const findings = expectRule('valid-check-directive', `# check=skip=StageNameCasing;error=yes
                             ^^^^^^^^^ valid-check-directive
FROM alpine:3.20`);
  assert.equal(findings[0]!.severity, 'error');
  expectRule('valid-check-directive', `# check=ignore=JSONArgsRecommended
        ^^^^^^^^^^^^^^^^^^^^^^^^^^ valid-check-directive
FROM alpine:3.20`);
  expectRule('valid-check-directive', `# check=Skip=UndefinedVar;strict
        ^^^^^^^^^^^^^^^^^ valid-check-directive
                          ^^^^^^ valid-check-directive
FROM alpine:3.20`);
});

test('fires with a warning and a suggestion on an unknown or wrongly cased check name', () => {
  const [typo, casing] = expectRule('valid-check-directive', `# check=skip=JSONArgsRecomended, undefinedvar ;error=true
             ^^^^^^^^^^^^^^^^^^ valid-check-directive
                                 ^^^^^^^^^^^^ valid-check-directive
FROM alpine:3.20`);
  assert.equal(typo!.severity, 'warning');
  assert.match(typo!.message, /did you mean JSONArgsRecommended/);
  assert.match(casing!.message, /did you mean UndefinedVar/);
  expectRule('valid-check-directive', `# check=experimental=CopyIgnoredFlie
                     ^^^^^^^^^^^^^^^ valid-check-directive
FROM alpine:3.20`);
});

test('stays silent on valid settings, our own rule ids and aliases, and check lines below the header', () => {
  expectRule('valid-check-directive', '# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine:3.20');
  expectRule('valid-check-directive', '# check = skip = all ; error = False ; experimental = all\nFROM alpine:3.20');
  expectRule('valid-check-directive', '# check=experimental=CopyIgnoredFile,InvalidDefinitionDescription\nFROM alpine:3.20');
  expectRule('valid-check-directive', '# check=skip=InvalidBaseImagePlatform,pin-base-image-tag,DL3006\nFROM alpine:3.20');
  expectRule('valid-check-directive', 'FROM alpine:3.20\n# check=bogus\nRUN true');
});
