// The command-line linter: `container-coach lint|rules|quiz`, over the same language service as the editor.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverTargets, UsageError } from './cli/discover';
import { formatJson } from './cli/formats/json';
import { formatSarif } from './cli/formats/sarif';
import { formatText } from './cli/formats/text';
import quizBank from './content/quiz/questions.json';
import { fails, FAIL_LEVELS, failRank } from './cli/failLevel';
import { lintFiles } from './cli/lintFiles';
import type { Formatter } from './cli/report';
import { nodeFiles } from './platform/nodeFiles';
import { createLanguageService, defaultSettings, globalHadolintConfigUris, hadolintFailureThreshold, ruleDocUrl } from './service';

declare const SERVER_VERSION: string | undefined;

const USAGE = `Usage:
  container-coach lint [files or folders...] [--format text|json|sarif] [--fail-level error|warning|info|none]
  container-coach rules [--format text|json]
  container-coach quiz --list [--format text|json]
  container-coach --version

Folders are searched for Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile and compose.yaml / docker-compose.yml
(and their variants). Exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage error. Without
--fail-level, a Dockerfile fails at its .hadolint.yaml failure-threshold when that is set, and every file at error otherwise.
`;

const FORMATS: Record<string, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif };

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      // No default: an explicit level overrides a .hadolint.yaml failure-threshold.
      'fail-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      list: { type: 'boolean' },
    },
  });
  if (values.version) {
    process.stdout.write(`${typeof SERVER_VERSION === 'string' ? SERVER_VERSION : '0.0.0'}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const service = createLanguageService({ files: nodeFiles, hadolintConfigUris: globalHadolintConfigUris(process.env) });
  if (command === 'rules') {
    const rules = service.rules().map((rule) => ({ ...rule, aliases: rule.aliases, docs: ruleDocUrl(rule.id) }));
    if (values.format === 'json') process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    else if (values.format === 'text') for (const rule of rules) process.stdout.write(`${rule.id.padEnd(32)} ${rule.defaultSeverity.padEnd(8)} ${rule.title}\n`);
    else throw new UsageError(`unknown format "${values.format}" for rules: use text or json`);
    return 0;
  }
  if (command === 'quiz') {
    // The bank as data, for review and validation; the quiz itself runs in the editor.
    if (!values.list) throw new UsageError('quiz needs --list: the quiz itself runs in the editor');
    if (values.format === 'json') process.stdout.write(JSON.stringify(quizBank, null, 2) + '\n');
    else if (values.format === 'text') for (const q of quizBank.questions) process.stdout.write(`${q.id.padEnd(48)} ${q.type.padEnd(10)} ${q.topic}\n`);
    else throw new UsageError(`unknown format "${values.format}" for quiz: use text or json`);
    return 0;
  }
  if (command !== 'lint') throw new UsageError(`unknown command "${command}"`);
  const formatter = FORMATS[values.format!];
  if (!formatter) throw new UsageError(`unknown format "${values.format}": use text, json or sarif`);
  const explicit = values['fail-level'] === undefined ? undefined : FAIL_LEVELS[values['fail-level']];
  if (values['fail-level'] !== undefined && explicit === undefined) throw new UsageError(`unknown fail level "${values['fail-level']}": use error, warning, info or none`);
  const targets = discoverTargets(paths.length > 0 ? paths : ['.']);
  const reports = lintFiles(service, targets, defaultSettings);
  process.stdout.write(formatter(reports, service.rules()));
  const thresholdOf = (index: number) => {
    const target = targets[index]!;
    // hadolint's config speaks only for Dockerfiles; it is read only when no --fail-level decides.
    if (explicit !== undefined || target.languageId !== 'dockerfile') return undefined;
    return hadolintFailureThreshold(pathToFileURL(resolve(target.path)).href, nodeFiles, globalHadolintConfigUris(process.env));
  };
  return reports.some((report, index) => fails(report.findings, failRank(explicit, thresholdOf(index)))) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Usage mistakes and unreadable paths get one clear line and exit code 2, never a stack trace.
  const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`container-coach: ${(error as Error).message}\n${usage ? 'Run "container-coach --help" for usage.\n' : ''}`);
  process.exitCode = 2;
}
