// Rule: with only the ARG defaults, a FROM built from variables must still name a valid image, as BuildKit's InvalidDefaultArgInFrom checks.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { isImageReference } from '../referenceGrammar';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-from-arg-default',
  title: 'Give the ARGs of a FROM defaults that name an image',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'InvalidDefaultArgInFrom' }],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    const stageNames = new Set<string>();
    // The FROM lines that name an undeclared variable, gathered in one pass over the uses rather than one pass per FROM.
    let notGlobal: Set<unknown> | undefined;
    const namesUndeclared = (from: unknown) =>
      (notGlobal ??= new Set(context.model.variables.uses.filter((use) => use.reason === 'not-global').map((use) => use.instruction))).has(from);
    return {
      FROM(from, stage) {
        const written = from.getImage();
        const expansion = context.model.variables.fromImages[stage.index];
        const range = from.getImageRange();
        const value = expansion?.value;
        const known = value !== undefined && written !== null && written.includes('$') && range !== null;
        // Names that are not declared at all are no-undefined-arg-in-from's finding.
        if (known && !namesUndeclared(from) && !stageNames.has(value.toLowerCase()) && !isImageReference(value)) {
          context.report({
            range,
            message: value === ''
              ? `With the ARG defaults, "${written}" is empty, so the build fails unless every run passes --build-arg. Give the ARG a default image.`
              : `With the ARG defaults, "${written}" becomes "${value}", which is not a valid image reference. Give the ARG a default that completes it.`,
          });
        }
        if (stage.name) stageNames.add(stage.name);
      },
    };
  },
});
