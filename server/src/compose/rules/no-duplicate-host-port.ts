// Rule: a host port can be published once per address and protocol; a second service publishing it fails at start-up.
import { isScalar, isSeq, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { addressesOverlap, hostBindings, type HostBinding } from '../ports';
import type { ComposeVisitor } from '../walker';

interface Published extends HostBinding {
  service: string;
  profiles: Set<string>;
}

// Ranges wider than this (rare, e.g. media servers) are skipped rather than expanded port by port.
const MAX_RANGE = 1024;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-duplicate-host-port',
  title: 'Publish each host port only once',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'dclint', id: 'no-duplicate-exported-ports' }],
  fixable: false,
  topic: 'concept:port-publishing',
  create(context) {
    const { model } = context;
    const byPort = new Map<string, Published[]>();
    return {
      service(service) {
        if (!service.value) return;
        const profiles = profilesOf(service.value);
        const reported = new Set<HostBinding>();
        for (const binding of hostBindings(service.value)) {
          if (binding.last - binding.first > MAX_RANGE) continue;
          const published: Published = { ...binding, service: service.name, profiles };
          for (let port = binding.first; port <= binding.last; port++) {
            const key = `${binding.protocol}/${port}`;
            const earlier = byPort.get(key) ?? [];
            const clash = earlier.find((other) => clashes(other, published));
            if (clash && !reported.has(binding)) {
              reported.add(binding);
              const owner = clash.service === service.name ? 'this service' : `service "${clash.service}"`;
              context.report({
                range: model.rangeOf(binding.node),
                message: `Host port ${port}/${binding.protocol}${binding.ip ? ` on ${binding.ip}` : ''} is already published by ${owner} (line ${model.rangeOf(clash.node).start.line + 1}): the second container will fail to start with "port is already allocated".`,
              });
            }
            byPort.set(key, [...earlier, published]);
          }
        }
      },
    };
  },
});

function clashes(a: Published, b: Published): boolean {
  if (!addressesOverlap(a.ip, b.ip)) return false;
  // The same mapping written twice for one service (say, in a second document) is merged by Compose, not a clash.
  if (a.service === b.service && a.target === b.target) return false;
  // Services in disjoint profiles never run together, the usual way to offer dev and prod variants of one port.
  if (a.profiles.size > 0 && b.profiles.size > 0 && ![...a.profiles].some((profile) => b.profiles.has(profile))) return false;
  return true;
}

function profilesOf(service: YAMLMap): Set<string> {
  const profiles = service.get('profiles', true);
  return new Set(isSeq(profiles) ? profiles.items.filter(isScalar).map((item) => String(item.value)) : []);
}
