// Rule: ARG and ENV values are stored in the image history, so names that look like secrets deserve a secret mount instead.
import type { Property } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Words in a variable name that mark it as a credential; names are split on '_' and '-'. */
const SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'passwd', 'pword', 'secret', 'token']);
/** Words that mark a value as public or as a pointer to a secret rather than the secret itself. */
const HARMLESS_WORDS = new Set(['public', 'gpg', 'pgp', 'file', 'path', 'dir', 'url', 'id', 'name', 'user', 'username']);

export function looksSecret(name: string): boolean {
  const words = name.toLowerCase().split(/[_-]+/);
  if (words.some((word) => HARMLESS_WORDS.has(word))) return false;
  return words.some((word) => SECRET_WORDS.has(word));
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-secrets-in-arg-env',
  title: 'Pass secrets with a secret mount, not ARG or ENV',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [{ tool: 'buildkit', id: 'SecretsUsedInArgOrEnv' }],
  fixable: false,
  topic: 'concept:secrets',
  create(context) {
    const check = (instruction: { getProperties(): Property[]; getKeyword(): string }) => {
      for (const property of instruction.getProperties()) {
        const name = property.getName();
        if (!looksSecret(name)) continue;
        context.report({
          range: property.getNameRange(),
          message: `${name} looks like a secret. ${instruction.getKeyword()} values stay in the image history for anyone to read; pass it with RUN --mount=type=secret instead.`,
        });
      }
    };
    return { ARG: check, ENV: check };
  },
});
