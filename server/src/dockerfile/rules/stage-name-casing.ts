// Rule: stage names are matched case-insensitively, so writing them in lower case avoids looking like two names.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'stage-name-casing',
  title: 'Write stage names in lower case',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'StageNameCasing' }],
  fixable: true,
  topic: 'instruction:FROM',
  create(context) {
    return {
      FROM(from) {
        const name = from.getBuildStage();
        const range = from.getBuildStageRange();
        if (name === null || range === null || name === name.toLowerCase()) return;
        const lower = name.toLowerCase();
        context.report({
          range,
          message: `Stage name "${name}" is compared as "${lower}" anyway; write it in lower case so every reference looks the same.`,
          // References elsewhere still match case-insensitively, so renaming just the declaration is safe.
          fix: () => ({ title: `Rename to ${lower}`, edits: [{ range, newText: lower }], safe: true }),
        });
      },
    };
  },
});
