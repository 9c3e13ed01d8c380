// valid-onbuild-trigger: fires on ONBUILD ONBUILD, FROM and MAINTAINER triggers; silent on allowed triggers.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on the three triggers the builder rejects, in any case', () => {
  expectRule('valid-onbuild-trigger', `FROM ruby:3.3-slim
ONBUILD ONBUILD RUN bundle install
        ^^^^^^^ valid-onbuild-trigger
ONBUILD FROM ruby:3.3
        ^^^^ valid-onbuild-trigger
onbuild maintainer me@example.com
        ^^^^^^^^^^ valid-onbuild-trigger`);
});

test('stays silent on allowed triggers', () => {
  expectRule('valid-onbuild-trigger', `FROM ruby:3.3-slim
ONBUILD COPY Gemfile Gemfile.lock ./
ONBUILD RUN bundle install
onbuild copy . .`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('valid-onbuild-trigger', `FROM alpine:3.20
ONBUILD RUN echo hi
ONBUILD COPY . /app`);
});
