// add-remote-checksum: fires on ADD of http(s) URLs without --checksum; silent with the flag, on git sources and local files.
import { test } from 'node:test';
import { expectRule } from '../../support/lint';

test('fires on an unchecked download, pointing at the URL', () => {
  expectRule('add-remote-checksum', `FROM alpine:3.20
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ add-remote-checksum
ADD --chmod=755 http://example.com/tool /usr/local/bin/
                ^^^^^^^^^^^^^^^^^^^^^^^ add-remote-checksum`);
});

test('stays silent with --checksum, on git sources and on local files', () => {
  expectRule('add-remote-checksum', `# syntax=docker/dockerfile:1
FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /tool
ADD https://github.com/moby/buildkit.git#v0.16.0 /src
ADD git@github.com:moby/buildkit.git /src
ADD rootfs.tar.gz /`);
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('add-remote-checksum', `FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.org/a.tgz /a.tgz
ADD https://github.com/moby/buildkit.git#v0.14.0 /bk
ADD local.tar.gz /opt/`);
});
