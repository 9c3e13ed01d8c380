// Rule: a fixed container_name allows only one container, so more than one replica makes Compose refuse the project.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-container-name-with-replicas',
  title: 'Do not set container_name on a service with several replicas',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    return {
      service(service) {
        const value = service.value;
        const name = value?.get('container_name', true);
        // `!reset` removes an inherited name, leaving none.
        if (!value || !isScalar(name) || name.tag === '!reset') return;
        const count = replicas(value);
        if (!count) return;
        context.report({
          range: context.model.rangeOf(count.node),
          message: `Service "${service.name}" asks for ${count.value} containers but fixes their name to "${String(name.value)}", and container names must be unique: docker compose refuses the project. Remove container_name or run one replica.`,
        });
      },
    };
  },
});

/** `scale` or `deploy.replicas` when it asks for more than one container. */
function replicas(service: YAMLMap): { value: number; node: Node } | undefined {
  const deploy = service.get('deploy', true);
  for (const node of [service.get('scale', true), isMap(deploy) ? deploy.get('replicas', true) : undefined]) {
    if (isScalar(node) && Number(node.value) > 1) return { value: Number(node.value), node };
  }
  return undefined;
}
