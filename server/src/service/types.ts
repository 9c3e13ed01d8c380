// Plain result and settings types shared by the language service, the LSP adapter and the CLI.
import type { Range, TextEdit } from 'vscode-languageserver-types';

export type { Range, Position, TextEdit, Diagnostic } from 'vscode-languageserver-types';

/** The two kinds of file Container Coach understands; the values are the VS Code language ids. */
export type LanguageId = 'dockerfile' | 'dockercompose';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** User settings, as read from the `containerCoach` configuration section. */
export interface Settings {
  enable: boolean;
  /** Per-rule severity or "off", keyed by rule id or any alias (DL3007, JSONArgsRecommended...). */
  rules: Record<string, SeveritySetting>;
}

export const defaultSettings: Settings = { enable: true, rules: {} };

/** A quick-fix, computed on demand from the finding that offers it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes keep behaviour; unsafe ones change it and are never applied in bulk. */
  safe: boolean;
}

/** One problem found by a rule, before it becomes an LSP diagnostic or a CLI finding. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Computes the fix lazily, so validation never pays for fixes nobody asks for. */
  fix?: () => Fix | undefined;
}

/** The `data` field carried by every diagnostic, so a code action can find the rule again. */
export interface DiagnosticData {
  ruleId: string;
  fixable: boolean;
  /** The rule's teaching topic, so the client can quiz on a file's problems without knowing the rules. */
  topic?: string;
}
