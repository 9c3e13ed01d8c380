// Rule: CMD and ENTRYPOINT should use the JSON exec form so the program is PID 1 and receives stop signals.
import type { Instruction, JSONInstruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import type { DockerfileModel, Stage } from '../model';
import { walkUnquoted } from '../quotes';
import { stageLineage } from '../shell/packages';
import type { DockerfileVisitor } from '../walker';

// Words made only of these characters mean the same with or without a shell, so the conversion is exact.
const PLAIN_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-exec-form',
  title: 'Use the exec (JSON) form for CMD and ENTRYPOINT',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [
    { tool: 'hadolint', id: 'DL3025' },
    { tool: 'buildkit', id: 'JSONArgsRecommended' },
  ],
  fixable: true,
  topic: 'concept:shell-vs-exec-form',
  create(context) {
    // A stage that changed SHELL (PowerShell, cmd, bash -c) wants shell form on purpose, as BuildKit also assumes.
    // SHELL is image config, so a stage built FROM such a stage inherits it.
    const stagesWithShell = new Set<Stage>();
    const check = (instruction: JSONInstruction, stage: Stage | undefined) => {
      if (stage && stageLineage(context.model, stage).some((s) => stagesWithShell.has(s))) return;
      if (instruction.getOpeningBracket() !== null && instruction.getClosingBracket() !== null) return;
      const args = instruction.getArguments();
      if (args.length === 0) return;
      const keyword = instruction.getKeyword();
      const range = instruction.getArgumentsRange() ?? instruction.getRange();
      context.report({
        range,
        message: `${keyword} in shell form runs under "/bin/sh -c", so the shell is PID 1 and your program may never get SIGTERM on "docker stop". ${advice(keyword, args.map((a) => a.getValue()), context.model.document.getText(range))}`,
        fix: () => execFormFix(instruction, stage),
      });
    };
    return {
      instruction(instruction: Instruction, stage) {
        if (instruction.getKeyword() === 'SHELL' && stage) stagesWithShell.add(stage);
      },
      CMD: check,
      ENTRYPOINT: check,
    };
  },
});

/** How to write this command in exec form without changing what it does. */
function advice(keyword: string, words: string[], text: string): string {
  if (words.every((word) => PLAIN_WORD.test(word))) return `Write it as a JSON array, e.g. ${keyword} ${execFormOf(words)}.`;
  // Exec form expands no variables, globs or quotes: a single command keeps its shell, which `exec` then replaces.
  if (!hasShellOperator(text)) return `Exec form expands no variables or globs, so keep the shell and let it hand PID 1 over with exec: ${keyword} ${execFormOf(['/bin/sh', '-c', `exec ${text.replace(/\\\r?\n\s*/g, ' ')}`])}.`;
  return `Several commands need a shell: put them in a script that ends by exec-ing the program, and run the script in JSON form, e.g. ${keyword} ["/usr/local/bin/start.sh"].`;
}

/** True when the text joins or redirects commands (&&, ||, |, ;, &, <, >) outside quotes. */
function hasShellOperator(text: string): boolean {
  return walkUnquoted(text, (c) => /[;&|<>]/.test(c)).stopped;
}

function execFormOf(words: string[]): string {
  return `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
}

/** Offers the JSON form only when every word is plain, so no shell feature (variables, pipes, quotes) is lost. */
function execFormFix(instruction: JSONInstruction, stage: Stage | undefined): Fix | undefined {
  const range = instruction.getArgumentsRange();
  const words = instruction.getArguments().map((arg) => arg.getValue());
  if (range === null || range.start.line !== range.end.line) return undefined;
  if (!words.every((word) => PLAIN_WORD.test(word))) return undefined;
  const text = execFormOf(words);
  // With an ENTRYPOINT, a CMD becomes its arguments and a shell-form ENTRYPOINT ignores CMD: converting changes behaviour.
  const hasOtherHalf = stage?.instructions.some((other) => other.getKeyword() === (instruction.getKeyword() === 'CMD' ? 'ENTRYPOINT' : 'CMD'));
  return { title: `Convert to exec form: ${instruction.getKeyword()} ${text}`, edits: [{ range, newText: text }], safe: !hasOtherHalf };
}
