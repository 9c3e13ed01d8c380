// SARIF 2.1.0 output, the format GitHub code scanning accepts, with each rule's help link.
import { ruleDocUrl, type Severity } from '../../service';
import type { Formatter } from '../report';

declare const SERVER_VERSION: string | undefined;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const formatSarif: Formatter = (reports, rules) => {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'container-coach',
            version: typeof SERVER_VERSION === 'string' ? SERVER_VERSION : '0.0.0',
            informationUri: ruleDocUrl('').replace(/\/blob\/.*$/, ''),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.title },
              helpUri: ruleDocUrl(rule.id),
              help: { text: `${rule.title}. See ${ruleDocUrl(rule.id)}` },
              defaultConfiguration: { level: rule.defaultSeverity === 'off' ? 'none' : LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
              properties: { tags: [rule.category, rule.language], aliases: rule.aliases.map((alias) => alias.id) },
            })),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(report.file), uriBaseId: '%SRCROOT%' },
                  // SARIF counts lines and columns from 1; an empty range still needs a column span of one.
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: Math.max(finding.range.end.character + 1, finding.range.start.line === finding.range.end.line ? finding.range.start.character + 2 : 1),
                  },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};

/** A relative, forward-slash path with each segment percent-encoded, as SARIF artifact URIs require. */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
