// Prints the README's rule table from the rule registry, or rewrites it in place with --write, so the README cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLanguageService } from '../server/src/service/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const LANGUAGE = { dockerfile: 'Dockerfile', dockercompose: 'Compose', any: 'both' };
const TOOL = { hadolint: 'hadolint', buildkit: 'BuildKit', dclint: 'dclint' };

/** The Markdown table: one row per rule, grouped by file kind, with default severity, fix and peers' names. */
export function rulesTable() {
  const rules = [...createLanguageService().rules()].sort((a, b) => a.language.localeCompare(b.language) || a.id.localeCompare(b.id));
  const rows = rules.map((rule) => {
    const aliases = rule.aliases.map((alias) => `${TOOL[alias.tool]} ${alias.id}`).join(', ') || '—';
    return `| \`${rule.id}\` | ${LANGUAGE[rule.language]} | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${aliases} |`;
  });
  return [`${rules.length} rules.`, '', '| Rule | File | Default | Fix | Peers\' names |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The README text with the table between the markers replaced. */
export function withTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'README.md');
  if (process.argv.includes('--write')) writeFileSync(path, withTable(readFileSync(path, 'utf8')));
  else console.log(rulesTable());
}
