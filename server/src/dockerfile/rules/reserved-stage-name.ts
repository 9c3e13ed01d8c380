// Rule: `scratch` and `context` are reserved words in FROM and --from, so a stage must not take them as its name.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const RESERVED = new Set(['scratch', 'context']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'reserved-stage-name',
  title: 'Do not name a stage scratch or context',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'ReservedStageName' }],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from, stage) {
        const range = from.getBuildStageRange();
        if (!stage.name || range === null || !RESERVED.has(stage.name)) return;
        context.report({ range, message: `"${stage.name}" is a reserved name (${stage.name === 'scratch' ? 'the empty base image' : 'the build context'}); a stage called so is confusing at best. Pick another name.` });
      },
    };
  },
});
