// Mutation fuzzing: seeded mutants of every clean and broken fixture must lint without throwing, quickly, with every range inside the text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type Finding, type LanguageId } from '../../server/src/service';
import { documentFor, service } from '../support/lint';

// The suite always runs the same mutants; FUZZ_SEED and FUZZ_MUTANTS explore others by hand without changing the test.
const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 300);
const CONFIG_MUTANTS = 60;
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eedc0de);
const MAX_MS_PER_FILE = 1000;
// Hostile shapes are thousands of instructions long: the bound catches a quadratic blow-up (tens of seconds), not jitter on a loaded machine.
const MAX_MS_HOSTILE = 5000;

/** mulberry32: tiny, fast and the same on every machine, so a failure names a mutant that can be rebuilt. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fragments that reach the parsers' hard cases: continuations, quotes, heredocs, flags, substitutions, YAML syntax.
const FRAGMENTS = ['\\', '\\\n', '`', '"', "'", '<<EOF', '<<-EOT\n', '\nEOF\n', '--flag=', '--mount=type=cache,target=', '${', '${A:-', '$', '}', '[', ']', '{', ':', '- ', '&a ', '*a', '<<: *a', '!reset', '#', '# syntax=docker/dockerfile:1.7\n', '# escape=`\n', '\t', '\r\n', '\u00a0', '\uFFFD', 'FROM ', 'AS ', 'COPY --from=', 'ONBUILD ', 'USER root', 'LABEL a=', 'ENV A=1 B=$A', '  '];

type Mutation = (text: string, random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const lineSplit = (text: string) => text.split('\n');

const MUTATIONS: Record<string, Mutation> = {
  deleteLine(text, random) {
    const lines = lineSplit(text);
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join('\n');
  },
  duplicateLine(text, random) {
    const lines = lineSplit(text);
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at]!);
    return lines.join('\n');
  },
  swapLines(text, random) {
    const lines = lineSplit(text);
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  insertBytes(text, random) {
    const at = Math.floor(random() * (text.length + 1));
    // Printable ASCII, controls and a few non-ASCII code points; NUL is left to the binary-file tests.
    const bytes = Array.from({ length: 1 + Math.floor(random() * 8) }, () => String.fromCharCode(random() < 0.8 ? 1 + Math.floor(random() * 126) : 0x80 + Math.floor(random() * 0x2000)));
    return text.slice(0, at) + bytes.join('') + text.slice(at);
  },
  insertFragment(text, random) {
    const at = Math.floor(random() * (text.length + 1));
    return text.slice(0, at) + pick(FRAGMENTS, random) + text.slice(at);
  },
  truncate(text, random) {
    return text.slice(0, Math.floor(random() * (text.length + 1)));
  },
};

function mutate(text: string, random: () => number): { text: string; steps: string[] } {
  const steps: string[] = [];
  let current = text;
  for (let i = 0, count = 1 + Math.floor(random() * 3); i < count; i++) {
    const name = pick(Object.keys(MUTATIONS), random);
    steps.push(name);
    current = MUTATIONS[name]!(current, random);
  }
  return { text: current, steps };
}

/** Line lengths as LSP counts them: lines end at \r\n, \n or \r. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(findings: Finding[], text: string, where: string): void {
  const lengths = lineLengths(text);
  const inside = (position: { line: number; character: number }) =>
    Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.line < lengths.length && position.character >= 0 && position.character <= lengths[position.line]!;
  for (const finding of findings) {
    const { start, end } = finding.range;
    const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
    assert.ok(inside(start) && inside(end) && ordered, `${where}: ${finding.ruleId} range ${JSON.stringify(finding.range)} is outside the text or reversed`);
    // Fixes are computed lazily; computing one must not throw either.
    finding.fix?.();
  }
}

const fixtures = ['clean', 'broken'].flatMap((folder) => {
  const dir = join(__dirname, '../fixtures', folder);
  return readdirSync(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
});

test(`${MUTANTS} seeded mutants of the fixtures lint without throwing, in time, with ranges inside the text`, () => {
  const random = prng(SEED);
  for (let i = 0; i < MUTANTS; i++) {
    const fixture = fixtures[i % fixtures.length]!;
    const { text, steps } = mutate(fixture.text, random);
    const where = `mutant ${i} of ${fixture.file} (${steps.join(', ')})`;
    const document = documentFor(text, fixture.file);
    const started = performance.now();
    let findings: Finding[];
    try {
      findings = service.lint(document);
      service.hover(document, { line: Math.floor(random() * (lineLengths(text).length + 1)), character: Math.floor(random() * 40) });
    } catch (error) {
      assert.fail(`${where} threw: ${error instanceof Error ? error.stack : String(error)}\n--- input (JSON) ---\n${JSON.stringify(text)}`);
    }
    const elapsed = performance.now() - started;
    assert.ok(elapsed < MAX_MS_PER_FILE, `${where} took ${Math.round(elapsed)} ms`);
    assertInside(findings, text, where);
  }
});

test(`${CONFIG_MUTANTS} seeded mutants of a .hadolint.yaml never break linting`, () => {
  const config = `ignored: [DL3008]
override:
  info: [DL3006]
  style: [DL3048]
trustedRegistries:
  - docker.io
  - "*.example.com"
label-schema:
  version: semver
  maintainer: email
strict-labels: true
`;
  const dockerfile = fixtures.find((fixture) => fixture.file === 'node-multistage.Dockerfile')!.text;
  const random = prng(SEED ^ 0x1234);
  for (let i = 0; i < CONFIG_MUTANTS; i++) {
    const { text, steps } = mutate(config, random);
    const configService = createLanguageService({
      files: { readText: (uri) => (uri === 'file:///project/.hadolint.yaml' ? text : undefined) },
      onRuleError: (ruleId, error) => {
        throw new Error(`rule ${ruleId} threw: ${String(error)}`);
      },
    });
    const languageId: LanguageId = 'dockerfile';
    let findings: Finding[];
    try {
      findings = configService.lint(TextDocument.create('file:///project/Dockerfile', languageId, 1, dockerfile));
    } catch (error) {
      assert.fail(`config mutant ${i} (${steps.join(', ')}) threw: ${String(error)}\n--- config (JSON) ---\n${JSON.stringify(text)}`);
    }
    assertInside(findings, dockerfile, `config mutant ${i}`);
    assert.ok(findings.filter((finding) => finding.ruleId === 'valid-hadolint-config').length <= 1, `config mutant ${i} reported its config more than once`);
  }
});

test('hostile shapes stay linear: long unbalanced quotes, thousands of stages, pairs and labels', () => {
  const hostile: [string, string][] = [
    ['Dockerfile', `FROM a\nCOPY "${'x '.repeat(50000)} /d\n`],
    ['Dockerfile', `FROM a\nADD ${'"x" '.repeat(30000)} /d\n`],
    ['Dockerfile', `FROM a\nENV ${Array.from({ length: 5000 }, (_, i) => `A${i}=$A${i + 1}`).join(' ')}\n`],
    ['Dockerfile', `FROM a\nLABEL ${Array.from({ length: 5000 }, (_, i) => `Key_${i}=v`).join(' ')}\n`],
    ['Dockerfile', `FROM a AS s0\n${Array.from({ length: 3000 }, (_, i) => `FROM s${i} AS s${i + 1}\nCOPY a b c\nUSER root\n`).join('')}CMD x\n`],
  ];
  for (const [file, text] of hostile) {
    const started = performance.now();
    const findings = service.lint(documentFor(text, file));
    const elapsed = performance.now() - started;
    assert.ok(elapsed < MAX_MS_HOSTILE, `${JSON.stringify(text.slice(0, 40))}… took ${Math.round(elapsed)} ms`);
    assertInside(findings, text, 'hostile input');
  }
});
