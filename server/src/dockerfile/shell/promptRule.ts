// The create() shared by the yum, dnf and zypper rules that flag a command a build would leave waiting at its prompt.
import type { RuleContext } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';
import type { PackageCommand } from './packages';
import { fedYes, promptProblem } from './rpm';
import type { RunShell } from './run';
import { shellRule } from './shellRule';

/** How one package manager asks and how it is told not to. */
export interface Prompting {
  /** The manager's commands in a RUN. */
  commands(shell: RunShell): PackageCommand[];
  /** The subcommand that asks (e.g. `install`), or undefined when this one never does. */
  askingSub(command: PackageCommand): string | undefined;
  /** True when the command line already answers the prompt. */
  answered(command: PackageCommand): boolean;
  /** The option the message names and the fix adds, and the word it goes after. */
  answer: string;
  at: 'name' | 'sub';
}

/** A rule's create(): reports each asking command that neither answers on its own line nor has `yes |` feeding it. */
export function unansweredPromptRule(manager: Prompting): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return shellRule((context, shell) => {
    for (const command of manager.commands(shell)) {
      const sub = manager.askingSub(command);
      if (!sub || manager.answered(command) || fedYes(shell, command)) continue;
      context.report(promptProblem(context.model, command, `${command.call.name} ${sub}`, manager.answer, manager.at));
    }
  });
}
