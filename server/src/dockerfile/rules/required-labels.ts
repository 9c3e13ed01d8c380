// Rule: the shipped image carries every label the hadolint label-schema names, set in its own stage or in a stage it builds on.
import type { From } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { configDisplayPath, hadolintConfigOf } from '../hadolintConfig';
import { labelPairs } from '../labels';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'required-labels',
  title: 'Set the labels your label schema requires',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3049' }],
  fixable: false,
  topic: 'instruction:LABEL',
  create(context) {
    const config = hadolintConfigOf(context.model);
    if (!config || config.labelSchema.size === 0) return {};
    const labelsOf = new Map<Stage, Set<string>>();
    const parentOf = new Map<Stage, Stage>();
    const stageByName = new Map<string, Stage>();
    return {
      FROM(from: From, stage) {
        const parent = stageByName.get(from.getImageName()?.toLowerCase() ?? '');
        if (parent) parentOf.set(stage, parent);
        if (stage.name) stageByName.set(stage.name, stage);
        labelsOf.set(stage, new Set());
      },
      LABEL(label, stage) {
        if (!stage) return;
        for (const pair of labelPairs(label)) labelsOf.get(stage)?.add(pair.name);
      },
      end() {
        // Only the final stage is shipped; build stages need no labels. Labels set in the stages it builds on are inherited.
        const final = context.model.stages[context.model.stages.length - 1];
        // A fragment without FROM builds no image, and its missing FROM is already an error: no line to hang labels on.
        if (!final || final.implicit) return;
        const present = new Set<string>();
        const seen = new Set<Stage>();
        for (let stage: Stage | undefined = final; stage && !seen.has(stage); stage = parentOf.get(stage)) {
          seen.add(stage);
          for (const name of labelsOf.get(stage) ?? []) present.add(name);
        }
        const missing = [...config.labelSchema.keys()].filter((name) => !present.has(name));
        if (missing.length === 0) return;
        const from = final.from;
        context.report({
          range: from.getArguments()[0]?.getRange() ?? from.getInstructionRange(),
          message: `The final image lacks the label${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')} that the label-schema of ${configDisplayPath(config.uri)} requires. Add a LABEL to this stage.`,
        });
      },
    };
  },
});
