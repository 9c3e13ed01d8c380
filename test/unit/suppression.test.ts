// Suppression comments: ours, hadolint's, BuildKit's check=skip and dclint's, by id or alias, scoped as documented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../support/lint';

const ids = (text: string, file = 'Dockerfile') => lint(text, file).map((f) => `${f.ruleId}@${f.range.start.line}`);

test('our comment silences the next instruction only', () => {
  assert.deepEqual(ids('# coach-ignore pin-base-image-tag -- we follow the rolling tag on purpose\nFROM node\nFROM python\n'), ['pin-base-image-tag@2']);
});

test('our file-wide comment silences the rule everywhere', () => {
  assert.deepEqual(ids('# coach-ignore-file pin-base-image-tag -- demo file\nFROM node\nFROM python\n'), []);
});

test('hadolint ignore works with its DL ids for the next instruction, across a multi-line one', () => {
  assert.deepEqual(ids('FROM node:22\n# hadolint ignore=DL3025,DL3006\nCMD node \\\n  server.js\nFROM node:22\nCMD node x.js\n'), ['prefer-exec-form@5']);
});

test('hadolint global ignore covers the file', () => {
  assert.deepEqual(ids('# hadolint global ignore=DL3007\nFROM node:latest\nFROM python:latest\n'), []);
});

test('BuildKit check=skip as a parser directive covers the file; skip=all covers every rule', () => {
  assert.deepEqual(ids('# check=skip=JSONArgsRecommended,MaintainerDeprecated\nFROM node:22\nMAINTAINER me\nCMD node x.js\n'), []);
  assert.deepEqual(ids('# syntax=docker/dockerfile:1\n# check=skip=all\nFROM node\nCMD node x.js\n'), []);
});

test('a rule named in the directive\'s experimental= keeps running under skip=, as BuildKit runs it', () => {
  assert.deepEqual(ids('# check=skip=all;experimental=JSONArgsRecommended\nFROM node:22\nMAINTAINER me\nCMD node x.js\n'), ['prefer-exec-form@3']);
});

test('a suppression for another rule does not silence this one', () => {
  assert.deepEqual(ids('# hadolint ignore=DL3008\nFROM node\n'), ['pin-base-image-tag@1']);
});

test('dclint comments: disable-line on the same line, disable for the file', () => {
  assert.deepEqual(ids('version: "3" # dclint disable-line no-version-field\nservices: {}\n', 'compose.yaml'), []);
  assert.deepEqual(ids('# dclint disable\nversion: "3"\nservices: {}\n', 'compose.yaml'), []);
  assert.deepEqual(ids('# dclint disable some-other-rule\nversion: "3"\nservices: {}\n', 'compose.yaml'), ['no-obsolete-version@1']);
});

test('our comment in YAML covers the next non-comment line', () => {
  assert.deepEqual(ids('# coach-ignore no-obsolete-version -- kept for an old tool\n# another comment\nversion: "3"\nservices: {}\n', 'compose.yaml'), []);
});

test('a check=skip line after another kind of comment is no longer a parser directive, so it covers only the next instruction', () => {
  assert.deepEqual(ids('# hadolint global ignore=DL3008\n# check=skip=JSONArgsRecommended\nFROM node:22\nCMD node x.js\n'), ['prefer-exec-form@3']);
});

// BuildKit reads a check comment among the comments that lead an instruction (moby/buildkit#6334), as tested below.
test('a check=skip comment above an instruction covers that instruction, even after other comments and a blank line', () => {
  assert.deepEqual(ids('FROM node:22\n# tini forwards the signals\n# check=skip=JSONArgsRecommended\n\nCMD node x.js\nENTRYPOINT node y.js\n'), ['prefer-exec-form@5']);
});

test('text after the first space of a check comment is a remark, so a list written with ", " skips only its first name', () => {
  assert.deepEqual(ids('FROM node:22\n# check=skip=JSONArgsRecommended // tini forwards the signals\nCMD node x.js\n'), []);
  assert.deepEqual(ids('FROM node:22\n# check=skip=MaintainerDeprecated, JSONArgsRecommended\nCMD node x.js\n'), ['prefer-exec-form@2']);
});

test('a bare # line ends the comments that lead an instruction, and only the first check comment counts', () => {
  assert.deepEqual(ids('FROM node:22\n# check=skip=JSONArgsRecommended\n#\nCMD node x.js\n'), ['prefer-exec-form@3']);
  assert.deepEqual(ids('FROM node:22\n# check=skip=MaintainerDeprecated\n# check=skip=JSONArgsRecommended\nCMD node x.js\n'), ['prefer-exec-form@3']);
});

test('a check comment BuildKit cannot parse, or one between continuation lines, silences nothing', () => {
  assert.deepEqual(ids('FROM node:22\n# check=skip=JSONArgsRecommended;error=maybe\nCMD node x.js\n'), ['prefer-exec-form@2']);
  assert.deepEqual(ids('FROM node:22\nRUN echo \\\n# check=skip=JSONArgsRecommended\n  hi\nCMD node x.js\n'), ['prefer-exec-form@4']);
});

test('the check key is read in any case, and skip=all above an instruction covers every rule there', () => {
  assert.deepEqual(ids('FROM node:22\n# CHECK = skip=all\nCMD node x.js\nCMD node y.js\n'), ['prefer-exec-form@3']);
});
