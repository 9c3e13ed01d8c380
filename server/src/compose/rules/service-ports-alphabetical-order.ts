// Rule (off by default): a service's published ports in ascending order, so the list reads like a port table.
import { isMap, isScalar, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { portEntries } from '../portEntries';
import type { ComposeVisitor } from '../walker';

/** The host side of a port entry (the container port when nothing is published), without any IP or protocol. */
function sortKey(node: Node): string {
  if (isMap(node)) return String(node.get('published') ?? node.get('target') ?? '');
  if (!isScalar(node)) return '';
  let text = String(node.value).split('/')[0]!;
  // Drop a leading host IP: bracketed IPv6 or dotted IPv4 followed by a colon.
  text = text.replace(/^\[[^\]]*\]:/, '').replace(/^\d+\.\d+\.\d+\.\d+:/, '');
  return text.split(':')[0]!;
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'service-ports-alphabetical-order',
  title: 'List ports in ascending order',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'service-ports-alphabetical-order' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        if (!service.value) return;
        const entries = portEntries(service.value).map((entry) => ({ node: entry.node as Node, key: sortKey(entry.node) }));
        for (let i = 1; i < entries.length; i++) {
          const previous = entries[i - 1]!;
          const entry = entries[i]!;
          if (entry.key.localeCompare(previous.key, 'en', { numeric: true }) >= 0) continue;
          context.report({
            range: model.rangeOf(entry.node),
            message: `Ports of service "${service.name}" are not in ascending order: port ${entry.key} belongs before ${previous.key}.`,
          });
          return;
        }
      },
    };
  },
});
