// Rule: an unquoted `22:22` port is a base-60 number to YAML 1.1 parsers; quoting it keeps it a string everywhere.
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import type { ComposeModel } from '../model';
import { portEntries } from '../portEntries';
import type { ComposeVisitor } from '../walker';

// YAML 1.1's sexagesimal integers: a first part, then parts below 60 after each colon.
const BASE_60 = /^[1-9][0-9_]*(:[0-5]?[0-9])+$/;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'quote-base-60-ports',
  title: 'Quote HOST:CONTAINER ports that YAML 1.1 reads as numbers',
  language: 'dockercompose',
  defaultSeverity: 'hint',
  category: 'portability',
  aliases: [],
  fixable: true,
  topic: 'concept:port-publishing',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        if (!service.value) return;
        for (const entry of portEntries(service.value)) {
          // Compose's own parser (YAML 1.2) keeps `22:22` a string; older tools read it as 1342.
          if (entry.syntax !== 'short' || entry.node.type !== 'PLAIN' || !BASE_60.test(String(entry.node.value))) continue;
          const node = entry.node;
          const range = model.rangeOf(node);
          const value = String(node.value);
          context.report({
            range,
            message: `Unquoted, "${value}" is a base-60 number (${base60(value)}) to YAML 1.1 parsers such as docker-compose v1 and PyYAML-based tools. Compose v2 reads it correctly, but quote it ("${value}") so every tool sees a port mapping.`,
            fix: (): Fix => ({ title: `Quote "${value}"`, safe: true, edits: [{ range, newText: `"${value}"` }] }),
          });
        }
      },
    };
  },
});

function base60(value: string): number {
  return value.split(':').reduce((total, part) => total * 60 + Number(part.replace(/_/g, '')), 0);
}
