// no-world-writable-chmod: fires on 777/666/a+w/o+w modes; silent on 755, 644, sticky 1777 and +t, and modes from variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { worldWritable } from '../../../server/src/dockerfile/rules/no-world-writable-chmod';
import { expectRule } from '../../support/lint';

test('fires on world-writable numeric and symbolic modes, at the mode', () => {
  expectRule('no-world-writable-chmod', `FROM debian:12
RUN chmod -R 777 /app && chmod o+w /etc/app.conf
             ^^^ no-world-writable-chmod
                               ^^^ no-world-writable-chmod
RUN chmod 0666 /data/db && chmod a+rwx /srv
          ^^^^ no-world-writable-chmod
                                 ^^^^^ no-world-writable-chmod`);
});

test('stays silent on private modes, the sticky bit and variables', () => {
  expectRule('no-world-writable-chmod', `FROM debian:12
RUN chmod 755 /app/start && chmod 644 /app/conf && chmod 1777 /scratch && chmod a+rx /app && chmod +x run.sh
RUN chmod "$MODE" /app && chmod u+w,g+w /app && chmod a+rwt /shared`);
});

test('worldWritable reads numeric, special and symbolic modes', () => {
  assert.deepEqual(['777', '0777', '2777', '666', '776', '1777', '01777', '775', 'o+w', 'a=rw', 'ug+w', 'a+wt'].map(worldWritable), [true, true, true, true, true, false, false, false, true, true, false, false]);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-world-writable-chmod', `FROM debian:12
RUN chmod 1777 /tmp/cache && chmod -R 0755 /app && chmod +x /entrypoint.sh && chmod a+rwxt /scratch`);
});
