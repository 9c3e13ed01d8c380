// Rule: top-level volumes, networks, secrets and configs that no service uses are dead configuration.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { isProjectFile } from '../fileKind';
import type { ComposeModel } from '../model';
import { serviceReferences, type ResourceKind } from '../references';
import { anchoredMaps } from '../scalars';
import type { ComposeVisitor } from '../walker';

const KINDS: ResourceKind[] = ['volumes', 'networks', 'secrets', 'configs'];
const SINGULAR: Record<string, string> = { volumes: 'Volume', networks: 'Network', secrets: 'Secret', configs: 'Config' };

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-unused-resources',
  title: 'Remove volumes, networks, secrets and configs no service uses',
  language: 'dockercompose',
  defaultSeverity: 'info',
  category: 'maintainability',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const used = new Set<string>();
    return {
      service(service) {
        if (service.value) for (const reference of serviceReferences(service.value)) used.add(`${reference.kind}:${reference.name}`);
      },
      end() {
        // Users may sit elsewhere: in a base file (for an override), in a file extended with `file:`, or behind an anchor.
        // A file that declares resources but no services is a fragment that another file includes.
        if (!isProjectFile(model.fileName) || model.services.length === 0 || model.project.hasIncludes || model.services.some((service) => hasExtendsFile(service.value))) return;
        // With `merge: true` yaml gives merge keys a symbol value; `<<` covers documents parsed without it.
        if (model.services.some((service) => service.value?.items.some((pair) => isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol')))) anchoredReferences(model, used);
        for (const root of model.roots) {
          for (const kind of KINDS) {
            const section = root.get(kind, true);
            if (!isMap(section)) continue;
            for (const pair of section.items) {
              const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
              // `default` configures the network every service joins without naming it.
              if (!name || used.has(`${kind}:${name}`) || (kind === 'networks' && name === 'default')) continue;
              context.report({ range: model.rangeOf(pair.key as Node), message: `${SINGULAR[kind]} "${name}" is declared but no service uses it. Remove it, or attach it to the service that should use it.` });
            }
          }
        }
      },
    };
  },
});

function hasExtendsFile(service: YAMLMap | undefined): boolean {
  const extendsNode = service?.get('extends', true);
  return isMap(extendsNode) && extendsNode.has('file');
}

/** References inside every anchored map, which services may pull in through merge keys (`<<: *common`). */
function anchoredReferences(model: ComposeModel, used: Set<string>): void {
  for (const node of anchoredMaps(model)) {
    for (const reference of serviceReferences(node)) used.add(`${reference.kind}:${reference.name}`);
    // Anchors on a whole services-like block (`x-defaults: &d {web: {...}}`) hold service maps one level down.
    for (const pair of node.items) if (isMap(pair.value)) for (const reference of serviceReferences(pair.value)) used.add(`${reference.kind}:${reference.name}`);
  }
}
