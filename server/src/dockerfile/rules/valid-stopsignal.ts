// Rule: STOPSIGNAL must name a signal the builder knows (SIGTERM, TERM, RTMIN+3) or give a non-zero number.
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Signal names without SIG, as the builder's signal table has them on Linux, plus a few BSD ones so nothing valid is flagged. */
const NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR',
  'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2', 'VTALRM',
  'WINCH', 'XCPU', 'XFSZ', 'EMT', 'INFO', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/** Why a signal would be rejected, or undefined when the builder accepts it. */
export function signalProblem(signal: string): string | undefined {
  // Any integer is taken as a signal number except zero, which is no signal at all.
  if (/^[+-]?\d+$/.test(signal)) return Number(signal) === 0 ? '0 is not a signal; SIGTERM is 15 and SIGKILL is 9.' : undefined;
  const name = signal.toUpperCase().replace(/^SIG/, '');
  if (NAMES.has(name)) return undefined;
  const near = closestMatch(name, NAMES);
  return `"${signal}" is not a signal name${near ? `; did you mean SIG${near}?` : '; use a name such as SIGTERM or SIGQUIT, or a number.'}`;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-stopsignal',
  title: 'STOPSIGNAL must be a known signal',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'instruction:STOPSIGNAL',
  create(context) {
    return {
      STOPSIGNAL(_instruction, _stage, view) {
        const args = view.ownArgs;
        // A missing or extra argument is required-arguments' to report; a variable is only known at build time.
        if (args.length !== 1) return;
        const raw = args[0]!.getValue();
        if (raw.includes('$')) return;
        const problem = signalProblem(raw.replace(/^(["'])(.*)\1$/, '$2'));
        if (problem) context.report({ range: args[0]!.getRange(), message: `docker build rejects this STOPSIGNAL: ${problem}` });
      },
    };
  },
});
