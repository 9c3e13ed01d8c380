// Rule (off by default): quote every short-syntax port and expose entry, so no YAML parser reads one as a number.
import { isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { portEntries } from '../portEntries';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'require-quotes-in-ports',
  title: 'Quote ports and expose entries',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'require-quotes-in-ports' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const check = (node: Scalar, key: string) => {
      if (node.type !== 'PLAIN') return;
      context.report({
        range: model.rangeOf(node),
        message: `Quote this ${key} entry ("${String(node.value)}"): unquoted, YAML may read it as a number, and "HOST:CONTAINER" values under 60 as a base-60 number in YAML 1.1 tools.`,
      });
    };
    return {
      service(service) {
        if (!service.value) return;
        for (const entry of portEntries(service.value)) if (entry.syntax === 'short') check(entry.node, 'ports');
        const expose = service.value.get('expose', true);
        if (isSeq(expose)) for (const item of expose.items) if (isScalar(item)) check(item, 'expose');
      },
    };
  },
});
