// The create() shared by the pin-*-packages rules: every package a RUN installs by bare name is reported at its word.
import type { RuleContext } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';
import type { PackageCommand } from './packages';
import { wordRange, type RunShell } from './run';
import { shellRule } from './shellRule';

/** How one package manager installs packages and how its command lines name a version. */
export interface Installer {
  /** The manager's commands in a RUN. */
  commands(shell: RunShell): PackageCommand[];
  /** True for a command whose operands are packages to install and not pinned by an option of the whole command. */
  installs(command: PackageCommand): boolean;
  /** True when the operand already names a version or one exact artifact (a local file, a URL, a tagged git link). */
  pinned(name: string, command: PackageCommand): boolean;
  message(name: string): string;
}

/** A rule's create(): reports each literal, non-empty operand of an installing command that `pinned` does not accept. */
export function unpinnedPackageRule(installer: Installer): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return shellRule((context, shell) => {
    for (const command of installer.commands(shell)) {
      if (!installer.installs(command)) continue;
      for (const word of command.operands) {
        // `$PKGS` is chosen when the build runs; only words written out can be judged.
        if (word.dynamic || word.value === '' || installer.pinned(word.value, command)) continue;
        context.report({ range: wordRange(context.model, word), message: installer.message(word.value) });
      }
    }
  });
}
