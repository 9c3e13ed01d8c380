// Rule: a variable the Dockerfile expands (ENV, COPY, WORKDIR, LABEL…) must be set at that point of its stage, as BuildKit's UndefinedVar checks.
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { UndefinedReason } from '../variables';
import type { DockerfileVisitor } from '../walker';

const WHY: Record<Exclude<UndefinedReason, 'not-global'>, (name: string) => string> = {
  'global-only': (name) => `$${name} is declared before the first FROM, where only FROM lines see it. Repeat "ARG ${name}" inside this stage to use its value here.`,
  'platform-undeclared': (name) => `$${name} is set by BuildKit, but a stage sees it only after "ARG ${name}". Add that line to this stage.`,
  'declared-later': (name) => `$${name} is used before the ARG or ENV that sets it further down this stage, so here it is empty. Move the declaration up.`,
  'empty-base': (name) => `$${name} is not set in this stage, and the stage starts from scratch, so no base image can provide it.`,
};

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-undefined-variable',
  title: 'Set a variable before the Dockerfile uses it',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'UndefinedVar' }],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    return {
      end() {
        for (const use of context.model.variables.uses) {
          // Unknown values may come from the base image or a --build-arg: only certainly unset names are reported.
          if (use.inFrom || use.resolution !== 'undefined' || !use.reason || use.reason === 'not-global') continue;
          // The name itself becomes visible once its own ENV has run; suggesting it back would say nothing.
          const suggestion = use.reason === 'empty-base' ? closestMatch(use.name, use.visible().filter((name) => name !== use.name)) : undefined;
          context.report({ range: use.range, message: `${WHY[use.reason](use.name)}${suggestion ? ` Did you mean $${suggestion}?` : ''}` });
        }
      },
    };
  },
});
