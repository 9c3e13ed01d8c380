// Rule (off by default): the keys of each service in dclint's grouped order, so every service reads the same way.
import { isMap, isScalar, type Scalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { isMergeKey } from '../mergeKeys';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

// dclint's default groups, in order; keys in no group come after all of them, alphabetically.
const GROUPS: readonly (readonly string[])[] = [
  ['image', 'build', 'container_name'],
  ['depends_on'],
  ['volumes', 'volumes_from', 'configs', 'secrets'],
  ['environment', 'env_file'],
  ['ports', 'networks', 'network_mode', 'extra_hosts'],
  ['command', 'entrypoint', 'working_dir', 'restart', 'healthcheck'],
  ['logging', 'labels'],
  ['user', 'isolation'],
];
const KNOWN = GROUPS.flat();

/** True when key `a` should come before key `b`. */
function before(a: string, b: string): boolean {
  const ia = KNOWN.indexOf(a);
  const ib = KNOWN.indexOf(b);
  if (ia !== -1 && ib !== -1) return ia < ib;
  if (ia !== -1 || ib !== -1) return ia !== -1;
  return a.localeCompare(b) < 0;
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'service-keys-order',
  title: 'Keep service keys in a consistent order',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'dclint', id: 'service-keys-order' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      root(root) {
        // The service maps as written: merged keys (`<<`) have no place of their own in the order.
        const services = root.get('services', true);
        if (!isMap(services)) return;
        for (const service of services.items) {
          if (!isScalar(service.key) || isMergeKey(service.key) || !isMap(service.value)) continue;
          const earlier: string[] = [];
          for (const pair of service.value.items) {
            if (!isScalar(pair.key) || isMergeKey(pair.key)) continue;
            const key = String(pair.key.value);
            const after = earlier.find((other) => before(key, other));
            if (after !== undefined) {
              context.report({
                range: model.rangeOf(pair.key as Scalar),
                message: `In service "${String(service.key.value)}", "${key}" belongs above "${after}". The order is: image, build, container_name; depends_on; volumes, volumes_from, configs, secrets; environment, env_file; ports, networks, network_mode, extra_hosts; command, entrypoint, working_dir, restart, healthcheck; logging, labels; user, isolation; then any other key alphabetically.`,
              });
            }
            earlier.push(key);
          }
        }
      },
    };
  },
});
