// Rule: COPY --from names a stage or an image; a bare name that matches no stage but nearly matches one is most likely a typo.
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-from-known-stage',
  title: 'COPY --from a stage that exists',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3022' }],
  fixable: true,
  topic: 'instruction:COPY',
  create(context) {
    const names = context.model.stages.map((stage) => stage.name).filter((name): name is string => name !== undefined);
    return {
      COPY(_copy, stage, view) {
        const flag = view.flag('from');
        const value = flag?.getValue();
        const range = flag?.getValueRange();
        // Image references (`alpine:3.20`, `ghcr.io/x/y`, digests), variables and stage numbers are not judged here.
        if (!stage || !value || !range || /[/:@$]/.test(value) || /^\d+$/.test(value)) return;
        if (names.includes(value.toLowerCase())) return;
        // Any other bare word could be an image on Docker Hub; only a near miss of a stage name is reported.
        const suggestion = closestMatch(value, names);
        if (!suggestion) return;
        context.report({
          range,
          message: `No stage is named "${value}", so docker build would pull an image "${value}" instead. Did you mean the stage "${suggestion}"?`,
          fix: () => ({ title: `Copy from stage ${suggestion}`, edits: [{ range, newText: suggestion }], safe: false }),
        });
      },
    };
  },
});
