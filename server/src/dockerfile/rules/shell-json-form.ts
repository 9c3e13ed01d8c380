// Rule: SHELL only accepts the JSON (exec) form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"].
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** The arguments as one JSON array of strings, the only form the builder takes for SHELL; undefined otherwise. */
export function shellArray(text: string, escape: string): string[] | undefined {
  // A JSON array may run over several lines; the escape character and the line break are not part of it.
  const joined = text.split(new RegExp(`\\${escape}[ \\t]*\\r?\\n`)).join('').trim();
  if (!joined.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(joined);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
  } catch {
    return undefined;
  }
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'shell-json-form',
  title: 'Write SHELL in JSON form',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'instruction:SHELL',
  create(context) {
    return {
      SHELL(instruction) {
        const range = instruction.getArgumentsRange();
        // Without arguments it is required-arguments' finding.
        if (!range) return;
        const text = context.model.document.getText(range);
        if (shellArray(text, context.model.escape)) return;
        const looksJson = text.trimStart().startsWith('[');
        context.report({
          range,
          message: looksJson
            ? 'SHELL must be a JSON array of double-quoted strings, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]; this one does not parse, so docker build rejects it.'
            : 'SHELL only accepts the JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]; docker build rejects the plain form.',
        });
      },
    };
  },
});
