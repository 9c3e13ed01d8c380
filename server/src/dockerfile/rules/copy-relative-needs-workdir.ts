// Rule: COPY or ADD to a relative destination depends on the base image's working directory unless the stage sets WORKDIR first.
import type { From, Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

// POSIX `/x`, Windows `C:\x`, `C:/x` and `\x`, and a variable, which may hold an absolute path. A drive letter alone
// counts too: without `# escape=\``, `c:\system32\x` reads as `c:system32x`, still a Windows path on drive C (hadolint agrees).
const ABSOLUTE = /^(?:[/\\$]|[A-Za-z]:)/;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-relative-needs-workdir',
  title: 'Set WORKDIR before copying to a relative path',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3045' }],
  fixable: false,
  topic: 'instruction:WORKDIR',
  create(context) {
    const withWorkdir = new Set<Stage>();
    const stageByName = new Map<string, Stage>();
    const check = (instruction: Instruction, stage: Stage | undefined) => {
      if (!stage || withWorkdir.has(stage)) return;
      const args = copyArguments(instruction, context.model.document);
      if (!args || ABSOLUTE.test(args.destination.value)) return;
      context.report({
        range: args.destination.range,
        message: `"${args.destination.value}" is relative to the working directory of the base image, since this stage sets no WORKDIR before it. Add "WORKDIR /app" (or your folder) above, or copy to an absolute path.`,
      });
    };
    return {
      FROM(from: From, stage) {
        // A stage built on an earlier stage inherits that stage's WORKDIR; scratch has no image config, so it works in /.
        const image = from.getImageName()?.toLowerCase() ?? '';
        const parent = stageByName.get(image);
        if ((parent && withWorkdir.has(parent)) || (!parent && image === 'scratch')) withWorkdir.add(stage);
        if (stage.name) stageByName.set(stage.name, stage);
      },
      WORKDIR(_instruction, stage) {
        if (stage) withWorkdir.add(stage);
      },
      COPY: check,
      ADD: check,
    };
  },
});
