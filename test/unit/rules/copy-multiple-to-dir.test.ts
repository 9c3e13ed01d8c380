// copy-multiple-to-dir: fires on several sources without a trailing slash on the destination; silent otherwise; the fix adds the slash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, expectRule } from '../../support/lint';

test('fires on several sources with a destination not ending in a slash', () => {
  expectRule('copy-multiple-to-dir', `FROM alpine:3.20
COPY package.json package-lock.json /app
                                    ^^^^ copy-multiple-to-dir
ADD a.txt b.txt .
                ^ copy-multiple-to-dir
COPY --from=build /out/a /out/b "/opt/my app"
                                ^^^^^^^^^^^^^ copy-multiple-to-dir`);
});

test('counts heredocs as sources', () => {
  expectRule('copy-multiple-to-dir', `FROM alpine:3.20
COPY <<EOF a.txt /etc/app
                 ^^^^^^^^ copy-multiple-to-dir
hello
EOF`);
});

test('stays silent on one source, trailing slashes, Windows separators and variable destinations', () => {
  expectRule('copy-multiple-to-dir', `FROM alpine:3.20
ARG DEST=/app/
COPY package.json /app
COPY package.json package-lock.json /app/
COPY a b ./
COPY a b C:\\app\\
COPY a b $DEST
COPY a b \${DEST}
COPY ["a", "b", "/app/"]`);
});

test('the fix adds the slash, inside quotes', () => {
  const text = 'FROM alpine:3.20\nCOPY a b /app\nCOPY c d "/opt/x"\n';
  const findings = expectRule('copy-multiple-to-dir', `FROM alpine:3.20
COPY a b /app
         ^^^^ copy-multiple-to-dir
COPY c d "/opt/x"
         ^^^^^^^^ copy-multiple-to-dir
`);
  const edits = findings.flatMap((finding) => finding.fix!()!.edits);
  assert.equal(applyEdits(text, edits), 'FROM alpine:3.20\nCOPY a b /app/\nCOPY c d "/opt/x/"\n');
});

test('stays silent on the shapes the peers document as correct (hadolint wiki, BuildKit checks)', () => {
  expectRule('copy-multiple-to-dir', `FROM alpine:3.20
COPY foo bar baz /target/
COPY foo bar ./
COPY foo.txt /target
COPY ["a", "b", "/dst/"]
COPY package*.json ./`);
});
