// Rule: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER; docker build rejects the Dockerfile.
import type { Onbuild } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const FORBIDDEN: Record<string, string> = {
  ONBUILD: 'ONBUILD cannot be chained: an ONBUILD trigger may not itself be ONBUILD.',
  FROM: 'FROM cannot be an ONBUILD trigger: a child image has already chosen its base when the triggers run.',
  MAINTAINER: 'MAINTAINER cannot be an ONBUILD trigger; set a LABEL in the child image instead.',
};

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-onbuild-trigger',
  title: 'Use only allowed instructions as ONBUILD triggers',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3043' }],
  fixable: false,
  topic: 'instruction:ONBUILD',
  create(context) {
    return {
      instruction(instruction) {
        if (instruction.getKeyword() !== 'ONBUILD') return;
        const onbuild = instruction as Onbuild;
        const trigger = onbuild.getTrigger()?.toUpperCase();
        const range = onbuild.getTriggerRange();
        if (!trigger || !range || !FORBIDDEN[trigger]) return;
        context.report({ range, message: `${FORBIDDEN[trigger]} docker build fails on this line.` });
      },
    };
  },
});
