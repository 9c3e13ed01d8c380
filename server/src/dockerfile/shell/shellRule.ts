// The create() of a rule that reads each RUN as shell commands; a RUN with no shell to read is passed over.
import type { Run } from 'dockerfile-ast';
import type { RuleContext } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';
import { shellOf } from './packages';
import type { RunShell } from './run';

/** What a rule checks in one RUN whose commands could be read. */
export type ShellCheck = (context: RuleContext<DockerfileModel>, shell: RunShell, run: Run, stage: Stage | undefined) => void;

export function shellRule(check: ShellCheck): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return (context) => ({
    RUN(run, stage) {
      const shell = shellOf(context.model, run);
      if (shell) check(context, shell, run, stage);
    },
  });
}
