// valid-flag-values: fires on values BuildKit cannot parse, stays silent on valid and variable values.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on bad durations, retries, booleans, network modes and mount types', () => {
  expectRule('valid-flag-values', `FROM alpine:3.20
HEALTHCHECK --interval=30 --timeout=1x --retries=three CMD ["true"]
                       ^^ valid-flag-values
                                    ^^ valid-flag-values
                                                 ^^^^^ valid-flag-values
COPY --link=maybe a /b
            ^^^^^ valid-flag-values
RUN --network=bridge --mount=type=volume,target=/x true
              ^^^^^^ valid-flag-values
                             ^^^^^^^^^^^^^^^^^^^^^ valid-flag-values`);
});

test('stays silent on Go durations, plain booleans and variables', () => {
  expectRule('valid-flag-values', `FROM alpine:3.20
HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD ["true"]
HEALTHCHECK --interval=$INTERVAL CMD ["true"]
COPY --link a /b
COPY --link=false a /b
COPY --link=TRUE a /b
RUN --network=none --mount=type=cache,target=/root/.cache true
RUN --mount=type=secret,id=x --mount=type=bind,source=.,target=/src true
RUN --mount=target=/src true`);
});
