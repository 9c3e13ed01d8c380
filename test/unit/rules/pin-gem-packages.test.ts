// pin-gem-packages: fires on unpinned gem install names when turned on; silent on name:version, -v, .gem files, variables, and by default.
import { test } from 'node:test';
import { defaultSettings } from '../../../server/src/service';
import { expectRule } from '../../support/lint';

const on = { ...defaultSettings, rules: { 'pin-gem-packages': 'info' as const } };

test('fires on every unpinned gem', () => {
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install bundler rake:13.2.1 --no-document
                ^^^^^^^ pin-gem-packages`, 'Dockerfile', on);
});

test('stays silent on name:version, -v and --version, .gem files, variables and other subcommands', () => {
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install bundler:2.5.16 && gem install rails -v 7.1.3 && gem i puma --version=6.4.2
RUN gem install ./vendor/tool-1.0.gem $GEMS && gem update --system && gem list`, 'Dockerfile', on);
});

test('stays silent on the build options after --, which go to native extensions and name no gem', () => {
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install pg:1.5.6 -- --with-pg-config /usr/bin/pg_config`, 'Dockerfile', on);
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install mysql2 -- --with-mysql-dir /opt/mysql
                ^^^^^^ pin-gem-packages`, 'Dockerfile', on);
});

test('stays silent by default', () => {
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install bundler`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('pin-gem-packages', `FROM ruby:3.3
RUN gem install bundler:2.0.1 && gem install rails -v 7.1.3 && gem install rake --version 13.2 && gem update --system`, 'Dockerfile', { enable: true, rules: { 'pin-gem-packages': 'warning' } });
});
