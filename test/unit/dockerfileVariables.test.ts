// The Dockerfile variable model: BuildKit word expansion, scopes per stage, three-valued resolution, and hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDockerfileModel } from '../../server/src/dockerfile/model';
import { expandWord, type Resolution } from '../../server/src/dockerfile/substitution';
import { lint } from '../support/lint';

const env: Record<string, string> = { a: 'hello.tar.gz', e: '', p: 'x/y/z' };
const lookup = (name: string): Resolution =>
  name in env ? { kind: 'known', value: env[name]! } : name === 'u' ? { kind: 'unknown' } : { kind: 'undefined' };
const expand = (word: string) => expandWord(word, '\\', lookup).value;

test('expands every modifier BuildKit supports, with and without a colon', () => {
  assert.equal(expand('${a%.*}'), 'hello.tar');
  assert.equal(expand('${a%%.*}'), 'hello');
  assert.equal(expand('${a#*.}'), 'tar.gz');
  assert.equal(expand('${a##*.}'), 'gz');
  assert.equal(expand('${p/\\//-}'), 'x-y/z');
  assert.equal(expand('${p//\\//-}'), 'x-y-z');
  assert.equal(expand('${e:-d}'), 'd');
  assert.equal(expand('${e-d}'), '');
  assert.equal(expand('${n-d}'), 'd');
  assert.equal(expand('${a:+y}'), 'y');
  assert.equal(expand('${n+y}'), '');
  assert.equal(expand('pre${n:-${e:-in}}'), 'prein');
});

test('quotes and escapes: single quotes and escaped dollars stay literal', () => {
  assert.equal(expand("'$a'"), '$a');
  assert.equal(expand('\\$a'), '$a');
  assert.equal(expand('"$a"x'), 'hello.tar.gzx');
  assert.deepEqual(expandWord("'$a' \\$b", '\\', lookup).references, []);
});

test('unknown values make the whole word unknown; undefined ones expand to nothing', () => {
  assert.equal(expand('${u}x'), undefined);
  assert.equal(expand('${u:-z}'), undefined);
  assert.equal(expand('x${n}y'), 'xy');
});

test('rejected forms are marked with BuildKit\'s reason', () => {
  const invalid = (word: string) => expandWord(word, '\\', lookup).references.map((r) => r.invalid);
  assert.deepEqual(invalid('${a=b}'), ['unsupported modifier (=) in substitution']);
  assert.deepEqual(invalid('${a:/x/y}'), ['unsupported modifier (:/) in substitution']);
  assert.deepEqual(invalid('${}'), ['bad substitution']);
  assert.deepEqual(invalid('${a'), ["missing '}'"]);
});

test('scopes: global defaults reach FROM, stages see redeclared ARGs, child stages inherit ENV', () => {
  const text = 'ARG BASE=node\nARG TAG\nFROM ${BASE}:${TAG:-22} AS a\nENV X=1\nFROM a\nUSER $X\n';
  const model = buildDockerfileModel(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text));
  assert.deepEqual(model.variables.fromImages.map((image) => image?.value), ['node:22', 'a']);
  assert.deepEqual(model.variables.uses.map((use) => [use.name, use.resolution]), [['BASE', 'known'], ['TAG', 'known'], ['X', 'known']]);
});

test('hostile substitutions neither crash nor hang', () => {
  const long = 'a'.repeat(60000);
  const hostile = [
    `ARG A=${long}\nFROM alpine:3.20\nARG A\nENV B=\${A%*a*a*a*a*a*a*a*b} C=\${A//a/b} D=\${A##*a}`,
    `FROM alpine:3.20\nENV A=${'${'.repeat(5000)}`,
    `FROM alpine:3.20\nENV A=${'$'.repeat(20000)} B="${'\\'.repeat(999)}`,
    'FROM alpine:3.20\nENV A=${:} B=${{}} C=${a:} D=${a/} E=${a//} F="${a' ,
    'ARG A=${A}\nARG B=${B:-${A:-${C}}}\nFROM ${B:?}',
  ];
  for (const text of hostile) {
    const started = performance.now();
    assert.doesNotThrow(() => lint(text), text.slice(0, 80));
    assert.ok(performance.now() - started < 2000, `slow on ${text.slice(0, 80)}`);
  }
});
