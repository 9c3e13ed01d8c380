// Rule: label keys follow Docker's key format (lower-case reverse-DNS style) and stay out of Docker's reserved namespaces.
import { defineRule } from '../../rules/defineRule';
import { labelPairs } from '../labels';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const SHAPE = /^[a-z](?:[a-z0-9.-]*[a-z0-9])?$/;
const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a key breaks the format, or undefined when it follows it. */
export function labelKeyProblem(key: string): string | undefined {
  const reserved = RESERVED.find((prefix) => key.toLowerCase().startsWith(prefix));
  if (reserved) return `the ${reserved.slice(0, -1)} namespace is reserved for Docker itself`;
  if (!SHAPE.test(key)) return 'keys should start with a lower-case letter, end with a letter or digit, and use only lower-case letters, digits, dots and hyphens';
  if (key.includes('..') || key.includes('--')) return 'keys should not repeat a dot or a hyphen';
  return undefined;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'label-key-format',
  title: 'Write label keys in Docker\'s key format',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'hadolint', id: 'DL3048' }],
  fixable: false,
  topic: 'instruction:LABEL',
  create(context) {
    return {
      LABEL(label) {
        for (const pair of labelPairs(label)) {
          // A key built from a variable is only known at build time.
          if (pair.name.includes('$')) continue;
          const problem = labelKeyProblem(pair.name);
          if (problem) context.report({ range: pair.nameRange, message: `Label key "${pair.name}": ${problem}, e.g. "org.opencontainers.image.version".` });
        }
      },
    };
  },
});
