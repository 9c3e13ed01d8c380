// Rule: short RUNs in a row each add a layer and a cache step; joining them with && keeps one layer for one step.
import type { Instruction, Run } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { flagsOf } from '../flags';
import type { DockerfileModel } from '../model';
import { shellOf } from '../shell/packages';
import type { DockerfileVisitor } from '../walker';

/** A RUN that already chains commands (`a && b`, `a; b`, a pipe) was split from its neighbour on purpose, as hadolint's own cases have it. */
const SHORT = 1;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'merge-consecutive-runs',
  title: 'Merge short consecutive RUN instructions',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3059' }],
  fixable: false,
  topic: 'concept:layer-caching',
  create(context) {
    const model = context.model;
    const text = model.document.getText();
    let previous: { flags: string; count: number } | undefined;
    const flagText = (run: Instruction): string =>
      flagsOf(run)
        .map((flag) => {
          const range = flag.getRange();
          return text.slice(model.document.offsetAt(range.start), model.document.offsetAt(range.end));
        })
        .join(' ');
    const countCommands = (run: Run): number => {
      if (run.getOpeningBracket() !== null && run.getClosingBracket() !== null) return 1;
      const shell = shellOf(model, run);
      if (!shell) return 1;
      // An unfinished quote or heredoc leaves the count unknown: treat it as long, which stays silent.
      if (shell.incomplete) return SHORT + 1;
      return shell.commands.filter((c) => !c.inSubstitution).length;
    };
    return {
      instruction(instruction) {
        if (instruction.getKeyword() !== 'RUN') {
          previous = undefined;
          return;
        }
        const current = { flags: flagText(instruction), count: countCommands(instruction as Run) };
        if (previous && previous.flags === current.flags && previous.count <= SHORT && current.count <= SHORT && current.count > 0) {
          const range = instruction.getRange();
          context.report({
            range: { start: range.start, end: { line: range.start.line, character: range.start.character + 3 } },
            message: 'This RUN directly follows another short RUN with the same options. Each RUN is its own layer and cache step; joining them with && (or one heredoc) keeps one layer, and the build log reads as one step.',
          });
        }
        previous = current;
      },
    };
  },
});
