// Rule: a .hadolint.yaml that cannot be read (bad YAML, unknown keys, wrong types) is named once, so a team knows its config is not applied.
import { defineRule } from '../../rules/defineRule';
import { configDisplayPath, hadolintConfigOf } from '../hadolintConfig';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Enough problems to act on; the rest are counted so the one diagnostic stays readable. */
const SHOWN = 3;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-hadolint-config',
  title: 'Keep the hadolint config file readable',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      end() {
        const config = hadolintConfigOf(context.model);
        if (!config || config.problems.length === 0) return;
        const shown = config.problems.slice(0, SHOWN).join('; ');
        const more = config.problems.length > SHOWN ? ` (and ${config.problems.length - SHOWN} more)` : '';
        context.report({
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          message: `The hadolint config ${configDisplayPath(config.uri)} is ${config.unreadable ? 'not applied' : 'only partly applied'}: ${shown}${more}.`,
        });
      },
    };
  },
});
