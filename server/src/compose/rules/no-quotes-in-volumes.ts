// Rule (off by default): write volume entries (and the paths of long-syntax ones) unquoted when quotes change nothing, as most Compose files do.
import { isMap, isScalar, isSeq, parse, type Node } from 'yaml';
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
    const check = (node: Node | null | undefined) => {
      if (!isScalar(node) || node.type === 'PLAIN' || typeof node.value !== 'string') return;
      // Quotes that protect something (a "#", ": ", a leading "*") are needed and stay.
      if (!safeUnquoted(node.value)) return;
      context.report({
        range: model.rangeOf(node),
        message: `The quotes around volume "${node.value}" change nothing; write it unquoted like the other volume entries.`,
      });
    };
    return {
      service(service) {
        const volumes = service.value?.get('volumes', true);
        if (!isSeq(volumes)) return;
        for (const item of volumes.items) {
          if (!isMap(item)) {
            check(item as Node);
            continue;
          }
          // Long syntax: the paths are strings just the same.
          check(item.get('source', true) as Node);
          check(item.get('target', true) as Node);
          const options = item.get('volume', true);
          if (isMap(options)) check(options.get('subpath', true) as Node);
        }
      },
    };
  },
});
