// stage-name-casing: fires on stage names with capitals, stays silent on lower case; the fix lowers the name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on a stage name with capitals', () => {
  expectRule('stage-name-casing', `FROM golang:1.24 AS Build
                    ^^^^^ stage-name-casing`);
});

test('stays silent on lower-case and unnamed stages', () => {
  expectRule('stage-name-casing', `FROM golang:1.24 AS build-2
FROM alpine:3.20`);
});

test('the fix lowers the name', () => {
  const text = 'FROM golang:1.24 AS Build\n';
  const finding = lint(text).find((f) => f.ruleId === 'stage-name-casing');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM golang:1.24 AS build\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('stage-name-casing', `FROM alpine:3.20 AS builder
FROM alpine:3.20 AS build-env_2`);
});
