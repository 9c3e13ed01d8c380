// Rule: two stages with one name make `--from` and `--target` ambiguous; BuildKit warns and uses one of them.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'unique-stage-names',
  title: 'Give every stage its own name',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'DuplicateStageName' }],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    const firstLine = new Map<string, number>();
    return {
      FROM(from, stage) {
        const range = from.getBuildStageRange();
        if (!stage.name || range === null) return;
        const earlier = firstLine.get(stage.name);
        if (earlier === undefined) firstLine.set(stage.name, range.start.line);
        else context.report({ range, message: `Stage name "${from.getBuildStage()}" is already used on line ${earlier + 1}; COPY --from and --target cannot tell them apart. Rename one of them.` });
      },
    };
  },
});
