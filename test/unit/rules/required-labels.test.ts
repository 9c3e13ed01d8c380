// required-labels: fires when the final image lacks a schema label, stays silent when set here or in a parent stage, or without schema.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectWithConfig } from '../../support/hadolintConfig';


const CONFIG = 'label-schema:\n  maintainer: email\n  version: semver\n';

test('fires on the final stage when a schema label is missing', () => {
  const [finding] = expectWithConfig('required-labels', CONFIG, `FROM python:3.13-slim
     ^^^^^^^^^^^^^^^^ required-labels
LABEL maintainer="team@example.com"`);
  assert.match(finding!.message, /"version"/);
  assert.doesNotMatch(finding!.message, /"maintainer"/);
});

test('fires once, listing every missing label', () => {
  const [finding] = expectWithConfig('required-labels', CONFIG, `FROM golang:1.24 AS build
LABEL maintainer="team@example.com" version="1.0.0"
FROM scratch
     ^^^^^^^ required-labels`);
  assert.match(finding!.message, /labels "maintainer", "version"/);
});

test('stays silent when labels are set in the final stage or in the stages it builds on', () => {
  expectWithConfig('required-labels', CONFIG, `FROM python:3.13-slim AS base
LABEL maintainer="team@example.com"
FROM golang:1.24 AS build
FROM base AS final
LABEL version="1.4.2"`);
});

test('stays silent without a label schema, and build stages need no labels', () => {
  expectWithConfig('required-labels', undefined, 'FROM python:3.13-slim');
  expectWithConfig('required-labels', CONFIG, `FROM golang:1.24 AS build
FROM scratch
LABEL maintainer=team@example.com version=1.0.0`);
});
