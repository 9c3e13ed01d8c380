// no-sudo: fires on sudo as a command, in the line or a heredoc; silent on sudo as an argument or package name.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on each sudo command', () => {
  expectRule('no-sudo', `FROM ubuntu:24.04
RUN sudo apt-get update && /usr/bin/sudo -E make install
    ^^^^ no-sudo
                           ^^^^^^^^^^^^^ no-sudo`);
});

test('stays silent when sudo is a package or an argument', () => {
  expectRule('no-sudo', `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app && usermod -aG sudo app`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-sudo', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN sudo-rs --version || true`);
});
