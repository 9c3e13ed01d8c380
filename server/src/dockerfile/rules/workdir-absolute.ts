// Rule: a relative WORKDIR depends on the base image's working directory unless an absolute one came first in the stage.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

// POSIX `/x`, and on Windows images `C:\x`, `C:/x` or `\x`.
const ABSOLUTE = /^(?:[/\\]|[A-Za-z]:[/\\]?)/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'workdir-absolute',
  title: 'Give WORKDIR an absolute path',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [
    { tool: 'buildkit', id: 'WorkdirRelativePath' },
    { tool: 'hadolint', id: 'DL3000' },
  ],
  fixable: false,
  topic: 'instruction:WORKDIR',
  create(context) {
    // Stages (by name) whose working directory is known to be absolute; a child stage `FROM <name>` inherits it.
    const absoluteStages = new Set<string>();
    const absoluteHere = new Set<Stage>();
    return {
      FROM(from, stage) {
        const parent = from.getImageName()?.toLowerCase();
        if (parent && absoluteStages.has(parent)) absoluteHere.add(stage);
      },
      WORKDIR(instruction, stage) {
        const path = instruction.getArgumentsContent()?.trim().replace(/^["']|["']$/g, '');
        if (!path || !stage) return;
        if (ABSOLUTE.test(path) || path.startsWith('$')) {
          absoluteHere.add(stage);
          if (stage.name) absoluteStages.add(stage.name);
          return;
        }
        if (absoluteHere.has(stage) || path.includes('$')) return;
        context.report({
          range: instruction.getArgumentsRange() ?? instruction.getInstructionRange(),
          message: `WORKDIR ${path} is relative to whatever directory the base image chose. Write an absolute path such as /${path.replace(/^\.\//, '')} so the build does not depend on it.`,
        });
      },
    };
  },
});
