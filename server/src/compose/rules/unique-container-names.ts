// Rule: two services cannot share a container_name; `docker compose config` refuses the project.
import { isScalar, type Scalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'unique-container-names',
  title: 'Give each service its own container_name',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [{ tool: 'dclint', id: 'no-duplicate-container-names' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const owners = new Map<string, { service: string; node: Scalar }>();
    return {
      service(service) {
        const node = service.value?.get('container_name', true);
        if (!isScalar(node) || typeof node.value !== 'string' || node.tag === '!reset' || node.value.includes('$')) return;
        const owner = owners.get(node.value);
        // A later document that repeats the name for the same service is merged into it, not a second container.
        if (!owner) owners.set(node.value, { service: service.name, node });
        else if (owner.service !== service.name) {
          context.report({
            range: model.rangeOf(node),
            message: `Container name "${node.value}" is already used by service "${owner.service}" (line ${model.rangeOf(owner.node).start.line + 1}): docker compose refuses the project. Rename one, or drop container_name and let Compose name the containers.`,
          });
        }
      },
    };
  },
});
