// Rule: depending on a service that has a healthcheck should wait for it to be healthy, not merely started.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import { dependencies, type Dependency } from '../dependencies';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'prefer-healthy-dependency',
  title: 'Wait for a dependency that has a healthcheck to be healthy',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [],
  fixable: true,
  topic: 'concept:compose-readiness',
  create(context) {
    const { model } = context;
    const withHealthcheck = new Set(model.services.filter((service) => service.value && hasHealthcheck(service.value)).map((service) => service.name));
    return {
      service(service) {
        if (!service.value) return;
        const all = dependencies(service.value);
        for (const dependency of all) {
          // A written `condition: service_started` is a deliberate choice (a migration job, say); only the default is flagged.
          if (dependency.conditionNode || !withHealthcheck.has(dependency.name)) continue;
          const value = service.value;
          context.report({
            range: model.rangeOf(dependency.node),
            message: `Service "${service.name}" starts after "${dependency.name}" but does not wait until it is ready, although "${dependency.name}" has a healthcheck. Use condition: service_healthy so "${service.name}" starts only once "${dependency.name}" answers.`,
            fix: () => longSyntaxFix(model, value, all, dependency.name),
          });
        }
      },
    };
  },
});

/** A healthcheck written in the service itself and not disabled. */
function hasHealthcheck(service: YAMLMap): boolean {
  const healthcheck = service.get('healthcheck', true);
  if (!isMap(healthcheck) || healthcheck.get('disable') === true) return false;
  const test = healthcheck.get('test', true);
  const first = isSeq(test) ? test.items[0] : test;
  return !(isScalar(first) && first.value === 'NONE');
}

/**
 * Rewrites a short-syntax depends_on as the long syntax: the flagged dependency waits for service_healthy,
 * the others keep service_started, which is what the short syntax meant for them.
 */
function longSyntaxFix(model: ComposeModel, service: YAMLMap, all: Dependency[], target: string): Fix | undefined {
  const pair = service.items.find((item) => isScalar(item.key) && item.key.value === 'depends_on');
  const key = pair?.key as Node | undefined;
  const value = pair?.value as Node | undefined;
  if (!key?.range || !isSeq(value) || !value.range) return undefined;
  // A block list's range runs on to the next key; its last item marks where the list's text ends.
  const last = value.items[value.items.length - 1] as Node | undefined;
  const end = value.flow ? value.range[1] : last?.range?.[1];
  if (end === undefined) return undefined;
  const text = model.document.getText();
  const colon = text.indexOf(':', key.range[1]);
  // Comments inside the list would be lost by the rewrite, so such lists are left to the user.
  if (colon < 0 || text.slice(colon, end).includes('#')) return undefined;
  const indent = ' '.repeat(model.rangeOf(key).start.character + 2);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = all.flatMap((dependency) => [`${indent}${dependency.name}:`, `${indent}  condition: ${dependency.name === target ? 'service_healthy' : 'service_started'}`]);
  const range = { start: model.document.positionAt(colon + 1), end: model.document.positionAt(end) };
  // Unsafe: start-up now waits for the check to pass, which changes timing and can block on a failing check.
  return { title: `Wait until "${target}" is healthy`, safe: false, edits: [{ range, newText: `${eol}${lines.join(eol)}` }] };
}
