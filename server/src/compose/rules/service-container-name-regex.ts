// Rule (off by default): container_name must be a name Docker accepts, or the container cannot be created.
import { isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

// Docker's rule for container names: a letter or digit, then at least one letter, digit, "_", "." or "-".
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'service-container-name-regex',
  title: 'Use a container_name Docker accepts',
  language: 'dockercompose',
  defaultSeverity: 'off',
  category: 'portability',
  aliases: [{ tool: 'dclint', id: 'service-container-name-regex' }],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        const node = service.value?.get('container_name', true);
        // Interpolated names are only known at run time.
        if (!isScalar(node) || node.value === null || node.tag === '!reset' || String(node.value).includes('$')) return;
        const name = String(node.value);
        if (VALID_NAME.test(name)) return;
        context.report({
          range: model.rangeOf(node),
          message: `Docker rejects the container name "${name}": it must start with a letter or digit and continue with at least one letter, digit, "_", "." or "-".`,
        });
      },
    };
  },
});
