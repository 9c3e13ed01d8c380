// createLanguageService(): the pure entry point that the LSP server, the CLI and the tests all call.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, MarkupKind, type CodeAction, type Diagnostic, type Hover } from 'vscode-languageserver-types';
import { composeEngine } from '../compose/engine';
import { ruleDocUrl, topic, topicMarkdown } from '../content';
import { dockerfileEngine } from '../dockerfile/engine';
import { loadHadolintConfig, withHadolintSeverities } from '../dockerfile/hadolintConfig';
import type { RuleMeta } from '../rules/defineRule';
import { runRules } from '../rules/runner';
import { collectSuppressions } from '../rules/suppression';
import { languageOfFileName } from './documentKind';
import { noFiles, type FileProvider } from './files';
import type { LanguageEngine } from './engine';
import { findingHover } from './findingHover';
import { checkReadable, readableTextRule } from './readableText';
import { insertSuppression } from './suppressAction';
import { defaultSettings, type DiagnosticData, type Finding, type LanguageId, type Position, type Range, type Settings } from './types';

export const SOURCE = 'container-coach';

// Each engine has its own model and visitor types; the service only passes them back to the same engine.
type AnyEngine = LanguageEngine<unknown, unknown>;
const ENGINES: Record<LanguageId, AnyEngine> = {
  dockerfile: dockerfileEngine as unknown as AnyEngine,
  dockercompose: composeEngine as unknown as AnyEngine,
};

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface LanguageService {
  /** Findings with lazy fixes; what the CLI prints. */
  lint(document: TextDocument, settings?: Settings): Finding[];
  /** Findings as LSP diagnostics with code, docs link, source and data. */
  validate(document: TextDocument, settings?: Settings): Diagnostic[];
  hover(document: TextDocument, position: Position): Hover | null;
  /** Quick-fixes for our diagnostics in a range, recomputed from the current text so they never apply to a stale one. */
  codeActions(document: TextDocument, diagnostics: Diagnostic[], settings?: Settings): CodeAction[];
  /** Every rule's metadata, for docs, settings and `container-coach rules`. */
  rules(): RuleMeta[];
  /** Drops the cached model of a closed document, or every model (after files beside them changed). */
  forget(uri?: string): void;
}

export interface LanguageServiceOptions {
  /** Reads files beside the checked one; without it, rules that need them stay silent. */
  files?: FileProvider;
  /** Called when a rule throws; the rule's findings are lost but the others are kept. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Global hadolint config files (`file:` URIs, see globalHadolintConfigUris) read when no project folder has one. */
  hadolintConfigUris?: readonly string[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  // One model per open document and version: every request on the same version reuses it.
  const models = new Map<string, { version: number; languageId: LanguageId; model: unknown }>();
  const allRules: RuleMeta[] = [readableTextRule, ...dockerfileEngine.rules, ...composeEngine.rules];
  const ruleById = new Map(allRules.map((rule) => [rule.id, rule]));

  function languageOf(document: TextDocument): LanguageId | undefined {
    if (document.languageId === 'dockerfile' || document.languageId === 'dockercompose') return document.languageId;
    return languageOfFileName(baseName(document.uri));
  }

  function modelFor(document: TextDocument, languageId: LanguageId): unknown {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version && cached.languageId === languageId) return cached.model;
    const model = ENGINES[languageId].build(document, { fileName: baseName(document.uri), files: options.files ?? noFiles });
    models.set(document.uri, { version: document.version, languageId, model });
    return model;
  }

  // The findings of each document's latest check, so a hover can explain them without checking again.
  const lastFindings = new Map<string, { version: number; findings: Finding[] }>();

  function lint(document: TextDocument, settings: Settings = defaultSettings): Finding[] {
    const findings = lintUncached(document, settings);
    lastFindings.set(document.uri, { version: document.version, findings });
    return findings;
  }

  function lintUncached(document: TextDocument, settings: Settings): Finding[] {
    const languageId = languageOf(document);
    if (!settings.enable || !languageId) return [];
    const readable = checkReadable(document.getText());
    const early = readable.finding ? [readable.finding] : [];
    if (readable.binary) return early;
    const engine = ENGINES[languageId];
    const model = modelFor(document, languageId);
    // A team's .hadolint.yaml sets severities below the user's own settings, and feeds the rules that read it.
    const hadolint = languageId === 'dockerfile' ? loadHadolintConfig(model as object, document.uri, options.files ?? noFiles, options.hadolintConfigUris) : undefined;
    const effective = languageId === 'dockerfile' ? withHadolintSeverities(settings, engine.rules, hadolint) : settings;
    const findings = [...(engine.notices?.(model) ?? []), ...runRules(engine.rules, model, engine.walk, effective, options.onRuleError)];
    const suppressions = collectSuppressions(engine.comments(model), engine.nextStatement(model), {
      isDirective: (line) => engine.isDirective(model, line),
      hadolintPragmas: !hadolint?.disableIgnorePragma,
    });
    return [...early, ...dedupe(findings).filter((finding) => !suppressions.suppresses(ruleById.get(finding.ruleId)!, finding))].filter(
      (finding) => finding.ruleId !== readableTextRule.id || settings.rules[readableTextRule.id] !== 'off',
    );
  }

  function toDiagnostic(finding: Finding): Diagnostic {
    const topic = ruleById.get(finding.ruleId)?.topic;
    const data: DiagnosticData = { ruleId: finding.ruleId, fixable: finding.fix !== undefined, ...(topic ? { topic } : {}) };
    return {
      range: finding.range,
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      codeDescription: { href: ruleDocUrl(finding.ruleId) },
      source: SOURCE,
      message: finding.message,
      data,
    };
  }

  return {
    lint,
    validate: (document, settings) => lint(document, settings).map(toDiagnostic),
    hover(document, position) {
      const languageId = languageOf(document);
      if (!languageId || checkReadable(document.getText()).binary) return null;
      const hit = ENGINES[languageId].topicAt(modelFor(document, languageId), position);
      const doc = hit && topic(hit.topic);
      const last = lastFindings.get(document.uri);
      const fired = last && last.version === document.version ? findingHover(last.findings, position) : undefined;
      if (!fired && (!hit || !doc)) return null;
      const value = [fired?.markdown, doc ? topicMarkdown(doc) : undefined].filter(Boolean).join('\n\n---\n\n');
      return { contents: { kind: MarkupKind.Markdown, value }, range: hit && doc ? hit.range : fired!.finding.range };
    },
    codeActions(document, diagnostics, settings) {
      const wanted = diagnostics.filter((diagnostic) => diagnostic.source === SOURCE && typeof diagnostic.code === 'string');
      if (wanted.length === 0) return [];
      const findings = lint(document, settings);
      const actions: CodeAction[] = [];
      for (const diagnostic of wanted) {
        // Match on rule and exact range: a diagnostic from an older version of the text finds nothing and offers nothing.
        const finding = findings.find((f) => f.ruleId === diagnostic.code && sameRange(f.range, diagnostic.range));
        if (!finding) continue;
        const fix = finding.fix?.();
        if (fix) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.safe, edit: { changes: { [document.uri]: fix.edits } } });
        }
        actions.push({
          title: `Show documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.ruleId}`, command: 'containerCoach.showRuleDoc', arguments: [finding.ruleId] },
        });
        const languageId = languageOf(document)!;
        const anchor = ENGINES[languageId].suppressionAnchor(modelFor(document, languageId), finding.range.start.line);
        if (anchor !== undefined && finding.ruleId !== readableTextRule.id) {
          actions.push({
            title: `Ignore ${finding.ruleId} here (add a coach-ignore comment)`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { changes: { [document.uri]: [insertSuppression(document, anchor, finding.ruleId)] } },
          });
        }
      }
      return actions;
    },
    rules: () => allRules,
    forget(uri) {
      if (uri === undefined) {
        models.clear();
        lastFindings.clear();
      } else {
        models.delete(uri);
        lastFindings.delete(uri);
      }
    },
  };
}

/** One finding per rule, place and message: a merged YAML anchor shared by many services is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { start, end } = finding.range;
    const key = `${finding.ruleId}|${start.line}:${start.character}-${end.line}:${end.character}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function baseName(uri: string): string {
  const path = uri.split(/[?#]/)[0]!;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
