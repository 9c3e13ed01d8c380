// The create() shared by the rules that flag a package cache left in a layer the final image ships.
import type { Run } from 'dockerfile-ast';
import type { RuleContext } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';
import { shippedStages } from './packages';
import { uncleanedInstalls } from './rpm';
import { wordRange, type RunShell } from './run';
import { shellRule } from './shellRule';

/** What a cache rule checks in one RUN that has a shell and belongs to a shipped stage. */
export type CacheCheck = (context: RuleContext<DockerfileModel>, shell: RunShell, run: Run, stage: Stage) => void;

/** A rule's create(): calls `check` only for RUNs whose cache would reach the final image. */
export function cacheCleanupRule(check: CacheCheck): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return (context) => {
    // Worked out once per lint, on the first RUN that needs it.
    let shipped: Set<Stage> | undefined;
    return shellRule((_context, shell, run, stage) => {
      if (!stage) return;
      shipped ??= shippedStages(context.model);
      // A builder stage's cache never reaches the final image.
      if (!shipped.has(stage)) return;
      check(context, shell, run, stage);
    })(context);
  };
}

/** The yum, dnf and zypper rules: report the RUN's first install whose cache no cleanup removes. */
export function uncleanedInstallRule(family: 'yum' | 'dnf' | 'zypper', message: (name: string) => string): (context: RuleContext<DockerfileModel>) => DockerfileVisitor {
  return cacheCleanupRule((context, shell, run) => {
    const install = uncleanedInstalls(run, shell, family)[0];
    if (!install) return;
    context.report({
      range: { start: wordRange(context.model, install.call.nameWord).start, end: wordRange(context.model, install.sub!).end },
      message: message(install.call.name),
    });
  });
}
