// prefer-copy: fires on ADD of local files and folders, stays silent for URLs, git, archives, variables, heredocs and ADD-only flags; the fix swaps the keyword.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule, parseAnnotated } from '../../support/lint';

test('fires on ADD of plain files and folders', () => {
  expectRule('prefer-copy', `FROM alpine:3.20
ADD requirements.txt /app/
^^^ prefer-copy
ADD --chown=app:app ./src ./lib /app/
^^^ prefer-copy
ADD ["config dir", "/etc/app/"]
^^^ prefer-copy
ADD release.zip /opt/
^^^ prefer-copy`);
});

test('stays silent for URLs, git, local archives, variables, heredocs and ADD-only flags', () => {
  expectRule('prefer-copy', `FROM alpine:3.20
ARG SRC=x
ADD https://example.com/tool /usr/local/bin/tool
ADD git@github.com:moby/buildkit.git /src
ADD rootfs.tar.gz /
ADD vendor.tgz assets.tar.xz /opt/
ADD data.tar.zst bundle.tar /srv/
ADD notes.txt.gz /tmp/
ADD $SRC /x
ADD --keep-git-dir=true https://github.com/moby/buildkit.git /src
ADD <<EOF /etc/motd
hello
EOF`);
});

test('the fix replaces the keyword, keeping lower case, and is safe only without globs', () => {
  const { text } = parseAnnotated('FROM alpine:3.20\nadd app.py /app/\nADD *.conf /etc/app/\n');
  const findings = expectRule('prefer-copy', `FROM alpine:3.20
add app.py /app/
^^^ prefer-copy
ADD *.conf /etc/app/
^^^ prefer-copy`);
  const first = findings[0]!.fix!();
  const second = findings[1]!.fix!();
  assert.equal(first!.safe, true);
  assert.equal(second!.safe, false);
  assert.equal(applyEdits(text, [...first!.edits, ...second!.edits]), 'FROM alpine:3.20\ncopy app.py /app/\nCOPY *.conf /etc/app/\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('prefer-copy', `FROM alpine:3.20
COPY requirements.txt /usr/src/app/
ADD https://example.org/a.tgz /tmp/
ADD rootfs.tar.xz /
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.org/x /x
ADD git@github.com:moby/buildkit.git /bk`);
});
