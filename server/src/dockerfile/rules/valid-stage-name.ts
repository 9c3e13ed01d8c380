// Rule: a stage name must start with a letter and hold only letters, digits, '-', '_' and '.', as BuildKit requires.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const VALID = /^[a-z][a-z0-9-_.]*$/i;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-stage-name',
  title: 'Name stages with a letter followed by letters, digits, -, _ or .',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from) {
        const name = from.getBuildStage();
        const range = from.getBuildStageRange();
        // A name built from variables is expanded first; only literal names can be judged.
        if (name === null || range === null || name.includes('$') || VALID.test(name)) return;
        context.report({ range, message: `"${name}" is not a valid stage name: it must start with a letter and use only letters, digits, "-", "_" and ".".` });
      },
    };
  },
});
