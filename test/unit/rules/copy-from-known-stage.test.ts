// copy-from-known-stage: fires on a near miss of a stage name; silent on stages, images, numbers and variables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, parseAnnotated } from '../../support/lint';

const TYPO = `FROM golang:1.23 AS builder
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=bulider /out/app /app
            ^^^^^^^ copy-from-known-stage`;

test('fires on a misspelled stage name, with a fix to the stage', () => {
  const [finding] = expectRule('copy-from-known-stage', TYPO);
  assert.match(finding!.message, /Did you mean the stage "builder"/);
  const fix = finding!.fix!()!;
  assert.equal(fix.safe, false);
  assert.match(applyEdits(parseAnnotated(TYPO).text, fix.edits), /COPY --from=builder \/out\/app/);
});

test('stays silent on stages in any case, images, stage numbers, variables and unrelated names', () => {
  expectRule('copy-from-known-stage', `FROM golang:1.23 AS Builder
FROM alpine:3.20
COPY --from=builder /a /a
COPY --from=BUILDER /a /b
COPY --from=alpine:3.20 /etc/alpine-release /c
COPY --from=ghcr.io/org/bulider /x /d
COPY --from=0 /a /e
COPY --from=$STAGE /a /f
COPY --from=nginx /etc/nginx /g`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('copy-from-known-stage', `FROM debian:12 AS build
RUN make
FROM debian:12
COPY --from=build /out ./
COPY --from=0 /out ./
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /nginx.conf
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer`);
});
