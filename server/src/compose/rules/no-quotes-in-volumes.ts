// Rule (off by default): write short-syntax volume entries unquoted when quotes change nothing, as most Compose files do.
import { isScalar, isSeq, parse } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

/** True when the text, written without quotes, still reads as exactly the same string. */
function safeUnquoted(text: string): boolean {
  try {
    return parse(text) === text;
  } catch {
    return false;
  }
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-quotes-in-volumes',
  title: 'Write volume entries without quotes',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'no-quotes-in-volumes' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        const volumes = service.value?.get('volumes', true);
        if (!isSeq(volumes)) return;
        for (const item of volumes.items) {
          if (!isScalar(item) || item.type === 'PLAIN' || typeof item.value !== 'string') continue;
          // Quotes that protect something (a "#", ": ", a leading "*") are needed and stay.
          if (!safeUnquoted(item.value)) continue;
          context.report({
            range: model.rangeOf(item),
            message: `The quotes around volume "${item.value}" change nothing; write it unquoted like the other volume entries.`,
          });
        }
      },
    };
  },
});
