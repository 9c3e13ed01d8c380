// no-pointless-commands: fires on ps, top, free, shutdown, mount, a bare vim and a service started last; silent on scripted vim and a service used in its RUN.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on commands that do nothing in a build', () => {
  expectRule('no-pointless-commands', `FROM debian:12
RUN ps aux && free -m
    ^^^^^^ no-pointless-commands
              ^^^^^^^ no-pointless-commands
RUN shutdown -h now
    ^^^^^^^^^^^^^^^ no-pointless-commands
RUN vim /etc/hosts
    ^^^^^^^^^^^^^^ no-pointless-commands
RUN apt-get install -y nginx && service nginx start
                                ^^^^^^^^^^^^^^^^^^^ no-pointless-commands`);
});

test('stays silent on scripted editors, a service used within the RUN, kill and ssh', () => {
  expectRule('no-pointless-commands', `FROM debian:12
RUN vim +PlugInstall +qall && vim -es -c 'set ff=unix' -c wq file.txt
RUN service postgresql start && psql -c 'CREATE DATABASE app' && service postgresql stop
RUN ./server & pid=$!; ./migrate; kill "$pid"
RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts
RUN apt-get install -y procps && echo top`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('no-pointless-commands', `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends vim-tiny openssh-client
RUN ssh-keyscan github.com >> /root/.ssh/known_hosts`);
});
