// The .dockerignore matcher: Docker's line reading, globs, `**`, re-includes, folders taking their contents, and the "nothing can come back" test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanPath, DockerIgnore, parseDockerignore } from '../../server/src/dockerfile/dockerignore';

const excluded = (ignore: string, path: string) => new DockerIgnore(ignore).verdict(path).excluded;

test('cleanPath works like Go path.Clean', () => {
  assert.equal(cleanPath('./a//b/./c/'), 'a/b/c');
  assert.equal(cleanPath('a/../../b'), '../b');
  assert.equal(cleanPath('/../a'), '/a');
  assert.equal(cleanPath(''), '.');
  assert.equal(cleanPath('./'), '.');
  assert.equal(cleanPath('/'), '/');
});

test('lines: comments only in the first column, blanks skipped, leading / and ./ dropped, ! kept', () => {
  const patterns = parseDockerignore('\uFEFF# comment\n\n  node_modules  \n/dist/\n./build\n! keep.txt\n  # not a comment\n!\n');
  assert.deepEqual(
    patterns.map((p) => [p.text, p.reinclude]),
    [['node_modules', false], ['dist', false], ['build', false], ['keep.txt', true], ['# not a comment', false]],
  );
});

test('a name matches itself and everything inside it, only from the context root', () => {
  assert.equal(excluded('node_modules', 'node_modules'), true);
  assert.equal(excluded('node_modules', 'node_modules/left-pad/index.js'), true);
  assert.equal(excluded('node_modules', 'app/node_modules'), false);
  assert.equal(excluded('node_modules', 'node_modules2'), false);
  assert.equal(excluded('/secrets/', './secrets/key.pem'), true);
});

test('* and ? stay inside one folder; character classes work as in Go', () => {
  assert.equal(excluded('*.log', 'debug.log'), true);
  assert.equal(excluded('*.log', 'logs/debug.log'), false);
  assert.equal(excluded('*/tmp/*', 'a/tmp/x'), true);
  assert.equal(excluded('*/tmp/*', 'tmp/x'), false);
  assert.equal(excluded('file?.txt', 'file1.txt'), true);
  assert.equal(excluded('file?.txt', 'file10.txt'), false);
  assert.equal(excluded('[ab].txt', 'a.txt'), true);
  assert.equal(excluded('[ab].txt', 'c.txt'), false);
  assert.equal(excluded('[^ab].txt', 'c.txt'), true);
  assert.equal(excluded('[a-c]*', 'build'), true);
  assert.equal(excluded('\\*.txt', '*.txt'), true);
  assert.equal(excluded('\\*.txt', 'a.txt'), false);
  assert.equal(excluded('a.b', 'axb'), false, 'a dot is literal');
});

test('** crosses any number of folders, including none', () => {
  assert.equal(excluded('**/*.pyc', 'a.pyc'), true);
  assert.equal(excluded('**/*.pyc', 'pkg/sub/a.pyc'), true);
  assert.equal(excluded('**/node_modules', 'web/node_modules/x/y.js'), true);
  assert.equal(excluded('docs/**', 'docs/a/b.md'), true);
  assert.equal(excluded('a/**/b', 'a/b'), true);
  assert.equal(excluded('a/**/b', 'a/x/y/b'), true);
  assert.equal(excluded('a/**/b', 'a/x/c'), false);
  assert.equal(excluded('**', 'anything/at/all'), true);
});

test('the last matching line wins; ! puts paths back', () => {
  assert.equal(excluded('*.md\n!README.md', 'README.md'), false);
  assert.equal(excluded('*.md\n!README.md', 'CHANGELOG.md'), true);
  assert.equal(excluded('!README.md\n*.md', 'README.md'), true);
  assert.equal(excluded('*\n!src', 'src/main.go'), false);
  assert.equal(excluded('*\n!src\nsrc/gen', 'src/gen/a.go'), true);
  assert.equal(excluded('build\n!build/keep', 'build/keep/x'), false);
  assert.equal(excluded('build\n!build/keep', 'build/other'), true);
});

test('excludesEverythingUnder: a later ! that could reach inside the path keeps the path possible', () => {
  const ignore = new DockerIgnore('*\n!go.*\n!*.go\n!internal/\n!vendor/');
  assert.equal(ignore.excludesEverythingUnder('internal'), false, 'put back outright');
  assert.equal(ignore.excludesEverythingUnder('docs'), true, 'nothing brings docs back');
  assert.equal(ignore.excludesEverythingUnder('main.go'), false);
  const nested = new DockerIgnore('assets\n!assets/logo.png');
  assert.equal(nested.excludesEverythingUnder('assets'), false, 'a file inside may come back');
  assert.equal(nested.excludesEverythingUnder('assets/big.bin'), true);
  assert.equal(new DockerIgnore('data\n!**/keep').excludesEverythingUnder('data'), false, '** may reach anywhere');
  assert.equal(new DockerIgnore('!data/keep\ndata').excludesEverythingUnder('data'), true, 'an earlier ! is overridden');
  assert.equal(new DockerIgnore('tmp').excludesEverythingUnder('src'), false, 'not excluded at all');
});

test('malformed classes never match instead of throwing', () => {
  assert.equal(excluded('[abc', '[abc'), false);
  assert.equal(excluded('[abc\nfoo', 'foo'), true);
});
