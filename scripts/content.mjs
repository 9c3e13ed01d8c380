// Reads the Markdown content folders (hover docs, concepts, rule docs) into one object keyed by topic id.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, basename } from 'node:path';

// Each folder holds one kind of topic; the topic id is "<kind>:<name>".
const FOLDERS = [
  { kind: 'instruction', dir: 'server/src/content/dockerfile/instructions', name: (f) => f.toUpperCase() },
  { kind: 'concept', dir: 'server/src/content/concepts', name: (f) => f },
  { kind: 'compose', dir: 'server/src/content/compose/keys', name: (f) => f },
  { kind: 'rule', dir: 'server/src/content/rules', name: (f) => f },
];

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits one Markdown file into its front matter fields and body; throws with the file name on bad input. */
export function parseDoc(file, text) {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: missing front matter`);
  const meta = parseFrontMatter(file, match[1]);
  for (const key of ['title', 'summary']) {
    if (typeof meta[key] !== 'string' || meta[key].trim() === '') throw new Error(`${file}: front matter needs "${key}"`);
  }
  return { ...meta, body: match[2].trim() };
}

/**
 * Front matter is one `key: value` per line, split at the first colon. Deliberately not YAML: summaries
 * are prose and often contain colons, which YAML would misread as nested maps.
 */
function parseFrontMatter(file, text) {
  const meta = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${file}: front matter line "${line}" is not "key: value"`);
    let value = line.slice(colon + 1).trim();
    if (value.length >= 2 && /^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    meta[line.slice(0, colon).trim()] = value;
  }
  return meta;
}

/**
 * Loads every topic under root; returns { topics: { "<kind>:<name>": doc } }. A rule doc also gets the
 * `topic` its rule teaches (from the rule's own metadata), so its "Test yourself" link can be made
 * without the content module ever importing the rule registries.
 */
export function loadContent(root) {
  const topics = {};
  for (const folder of FOLDERS) {
    const dir = join(root, folder.dir);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const id = `${folder.kind}:${folder.name(basename(file, '.md'))}`;
      topics[id] = parseDoc(join(folder.dir, file), readFileSync(join(dir, file), 'utf8'));
    }
  }
  for (const [ruleId, taught] of Object.entries(ruleTopics(root))) {
    const doc = topics[`rule:${ruleId}`];
    // Front matter may name a topic itself; the rule's metadata fills in the rest.
    if (doc && doc.topic === undefined) doc.topic = taught;
  }
  return { topics };
}

/**
 * Reads `id` and `topic` from every `defineRule({ ... })` call under server/src, statically with the
 * TypeScript parser: running the rule modules here would drag in generated files that may not exist yet.
 * Only string literals count; test/unit/quizRuleDocs.test.ts checks the result against the live registry.
 */
export function ruleTopics(root) {
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const found = {};
  const visit = (file, node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      const [meta] = node.arguments;
      if (meta && ts.isObjectLiteralExpression(meta)) {
        const literal = (name) => {
          const prop = meta.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
          return prop && ts.isStringLiteralLike(prop.initializer) ? prop.initializer.text : undefined;
        };
        const id = literal('id');
        const topic = literal('topic');
        if (id && topic) found[id] = topic;
      }
    }
    ts.forEachChild(node, (child) => visit(file, child));
  };
  for (const file of tsFiles(join(root, 'server/src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('defineRule')) continue;
    visit(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  return found;
}

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
