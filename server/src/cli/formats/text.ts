// The human-readable CLI output: one line per finding in the `file:line:column` form editors and terminals link.
import type { Formatter } from '../report';

export const formatText: Formatter = (reports) => {
  const lines: string[] = [];
  let total = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      total++;
      const { line, character } = finding.range.start;
      lines.push(`${report.file}:${line + 1}:${character + 1}: ${finding.severity}: ${finding.message} [${finding.ruleId}]`);
    }
  }
  lines.push(`${total} problem${total === 1 ? '' : 's'} in ${reports.length} file${reports.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
};
