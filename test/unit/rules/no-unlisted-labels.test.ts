// no-unlisted-labels: fires on labels outside the schema with strict-labels, stays silent otherwise.
import { test } from 'node:test';
import { expectWithConfig } from '../../support/hadolintConfig';


test('fires on keys the schema does not list when strict-labels is on', () => {
  expectWithConfig('no-unlisted-labels', 'strict-labels: true\nlabel-schema:\n  version: semver\n', `FROM alpine:3.20
LABEL version="1.4.2" verison="1.4.2"
                      ^^^^^^^ no-unlisted-labels`);
});

test('with strict-labels and no schema, every label fires', () => {
  expectWithConfig('no-unlisted-labels', 'strict-labels: true', `FROM alpine:3.20
LABEL a=b
      ^ no-unlisted-labels`);
});

test('stays silent without strict-labels, and on keys made from variables', () => {
  expectWithConfig('no-unlisted-labels', 'label-schema:\n  version: semver\n', 'FROM alpine:3.20\nLABEL other=x');
  expectWithConfig('no-unlisted-labels', 'strict-labels: true\nlabel-schema:\n  version: text\n', 'FROM alpine:3.20\nARG K=x\nLABEL ${K}=1 version=1');
  expectWithConfig('no-unlisted-labels', undefined, 'FROM alpine:3.20\nLABEL other=x');
});
