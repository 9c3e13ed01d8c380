// The create() of a rule that reads each RUN (and each `ONBUILD RUN` trigger) as shell commands; a RUN with no shell to read is passed over.
import type { Run } from 'dockerfile-ast';
import type { RuleContext } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';
import { shellOf } from './packages';
import { onbuildRun, type RunShell } from './run';

/** What a rule checks in one RUN whose commands could be read. */
export type ShellCheck = (context: RuleContext<DockerfileModel>, shell: RunShell, run: Run, stage: Stage | undefined) => void;

export function shellRule(check: ShellCheck): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return (context) =>
    withOnbuildRuns({
      RUN(run, stage) {
        const shell = shellOf(context.model, run);
        if (shell) check(context, shell, run, stage);
      },
    });
}

/**
 * Hands each `ONBUILD RUN …` trigger to the visitor's RUN handler too, with the trigger's own view: every child image
 * runs it, so what is wrong in a RUN is wrong there. The walker calls RUN only for the file's own RUNs, so nothing is
 * seen twice.
 */
export function withOnbuildRuns(visitor: DockerfileVisitor): DockerfileVisitor {
  const { RUN: run, ONBUILD: onbuild } = visitor;
  if (!run) return visitor;
  return {
    ...visitor,
    ONBUILD(instruction, stage, view) {
      onbuild?.call(visitor, instruction, stage, view);
      const trigger = onbuildRun(view);
      if (trigger) run.call(visitor, trigger, stage, view.trigger!);
    },
  };
}
