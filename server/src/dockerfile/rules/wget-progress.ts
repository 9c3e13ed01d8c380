// Rule: GNU wget without a terminal prints a dot per kilobyte, burying the build log; choose a quieter progress style.
import type { Stage } from '../model';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption, parseArgs } from '../shell/commands';
import { invocationsOfShell, rootImage, shellOf } from '../shell/packages';
import { wordRange } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

const WGET_VALUE_OPTIONS = new Set(['O', 'output-document', 'o', 'output-file', 'a', 'append-output', 'P', 'directory-prefix', 'U', 'user-agent', 't', 'tries', 'T', 'timeout', 'w', 'wait', 'e', 'execute', 'i', 'input-file', 'B', 'base', 'header', 'user', 'password', 'progress', 'ca-certificate', 'certificate', 'private-key', 'post-data', 'method', 'body-data', 'load-cookies', 'save-cookies', 'limit-rate', 'Q', 'quota', 'l', 'level', 'A', 'accept', 'R', 'reject', 'D', 'domains', 'secure-protocol', 'https-only']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'wget-progress',
  title: 'Give wget a progress style that suits a log',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3047' }],
  fixable: false,
  topic: 'instruction:RUN',
  create(context) {
    const model = context.model;
    const busybox = new Map<Stage, boolean>();
    return {
      RUN(run, stage) {
        const shell = shellOf(model, run);
        if (!shell || !stage) return;
        // Alpine and BusyBox images ship BusyBox wget, which prints one short progress line and knows neither --progress nor -nv.
        if (!busybox.has(stage)) busybox.set(stage, /alpine|busybox/.test(rootImage(model, stage)));
        if (busybox.get(stage)) return;
        for (const call of invocationsOfShell(shell, 'wget')) {
          const parsed = parseArgs(call.args, WGET_VALUE_OPTIONS);
          if (hasOption(parsed, 'progress', 'q', 'quiet', 'no-verbose', 'o', 'output-file', 'a', 'append-output', 'show-progress')) continue;
          // `$WGET_OPTS` may hold the progress option; a quoted "$URL" is just the address.
          if (call.args.some((w) => w.value === '-nv' || (w.dynamic && !w.quoted && /OPT|FLAG|ARGS/i.test(w.raw)))) continue;
          context.report({
            range: wordRange(model, call.nameWord),
            message: 'Without a terminal, wget prints a line of dots for every few dozen kilobytes, so a large download floods the build log. Add --progress=dot:giga, or -nv to print one line per file.',
          });
        }
      },
    };
  },
});
