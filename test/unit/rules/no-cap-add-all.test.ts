// no-cap-add-all: fires on cap_add ALL in any case; silent on named capabilities and cap_drop ALL.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

const RULE = 'no-cap-add-all';

test('fires on ALL and CAP_ALL', () => {
  expectRule(
    RULE,
    `services:
  a:
    image: x:1
    cap_add:
      - ALL
        ^^^ no-cap-add-all
  b:
    image: x:1
    cap_add: [cap_all]
              ^^^^^^^ no-cap-add-all`,
    'compose.yaml',
  );
});

test('stays silent on named capabilities and on cap_drop ALL', () => {
  expectRule(RULE, 'services:\n  a:\n    image: x:1\n    cap_drop: [ALL]\n    cap_add: [NET_ADMIN, SYS_TIME]\n', 'compose.yaml');
});
