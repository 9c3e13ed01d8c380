// Lints the discovered files with the language service and turns findings into CLI reports.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Settings } from '../service';
import type { Target } from './discover';
import type { FileReport } from './report';

/** Larger files are reported, not parsed: no real Dockerfile or Compose file comes near this size. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export function lintFiles(service: LanguageService, targets: Target[], settings: Settings): FileReport[] {
  const aliases = new Map(service.rules().map((rule) => [rule.id, rule.aliases.map((alias) => alias.id)]));
  return targets.map((target) => {
    const text = readText(target.path);
    if (typeof text !== 'string') return { file: target.path, findings: [text] };
    const document = TextDocument.create(pathToFileURL(resolve(target.path)).href, target.languageId, 1, text);
    const findings = service.lint(document, settings).map((finding) => ({
      ruleId: finding.ruleId,
      aliases: aliases.get(finding.ruleId) ?? [],
      severity: finding.severity,
      message: finding.message,
      range: finding.range,
      fixable: finding.fix !== undefined,
    }));
    return { file: target.path, findings };
  });
}

/** Reads a file as UTF-8 (a BOM is dropped, bad bytes become U+FFFD), or explains why it was skipped. */
function readText(path: string): string | FileReport['findings'][number] {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    return {
      ruleId: 'readable-text',
      aliases: [],
      severity: 'warning',
      message: `This file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; it was not checked.`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fixable: false,
    };
  }
  return new TextDecoder('utf-8').decode(readFileSync(path));
}
