// from-as-casing: fires when AS is cased unlike FROM, stays silent when they match or FROM is mixed case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, lint } from '../../support/lint';

test('fires on FROM … as and from … AS', () => {
  expectRule('from-as-casing', `FROM node:22 as build
             ^^ from-as-casing
from node:22 AS runtime
             ^^ from-as-casing`);
});

test('stays silent on matching casing and on mixed-case FROM', () => {
  expectRule('from-as-casing', `FROM node:22 AS build
from node:22 as runtime
From node:22 as other`);
});

test('the fix matches AS to FROM', () => {
  const text = 'FROM node:22 as build\n';
  const finding = lint(text).find((f) => f.ruleId === 'from-as-casing');
  assert.equal(applyEdits(text, finding!.fix!()!.edits), 'FROM node:22 AS build\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('from-as-casing', `FROM debian:latest AS builder
from debian:latest as deb-builder`);
});
