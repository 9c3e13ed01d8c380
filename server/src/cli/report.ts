// The CLI's plain result types: one entry per file with its findings, as the JSON format prints them.
import type { Range, RuleMeta, Severity } from '../service';

export interface CliFinding {
  ruleId: string;
  aliases: string[];
  severity: Severity;
  message: string;
  range: Range;
  fixable: boolean;
}

export interface FileReport {
  file: string;
  findings: CliFinding[];
}

export interface Formatter {
  (reports: FileReport[], rules: RuleMeta[]): string;
}
