// Rule: ARG and ENV values are stored in the image history, so names that look like secrets deserve a secret mount instead.
import type { Property } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Words in a variable name that mark it as a credential; names are split on '_' and '-'. */
const SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'passwd', 'pword', 'secret', 'token']);
/** Words that mark a value as public or as a pointer to a secret rather than the secret itself. */
const HARMLESS_WORDS = new Set(['public', 'gpg', 'pgp', 'file', 'path', 'dir', 'url', 'id', 'name', 'user', 'username']);
/**
 * Words that make the name a setting about a credential rather than the credential: PASSWORD_MIN_LENGTH,
 * AUTH_METHOD, TOKEN_ENDPOINT, and Rails' SECRET_KEY_BASE_DUMMY, which is a placeholder on purpose.
 */
const SETTING_WORDS = new Set(['dummy', 'length', 'min', 'max', 'method', 'mode', 'type', 'enabled', 'disabled', 'endpoint', 'host', 'port', 'header', 'timeout', 'ttl', 'expiry', 'expiration', 'algorithm', 'provider', 'server']);
/** Values that cannot be a credential: numbers, booleans and empty strings. */
const NON_SECRET_VALUE = /^(?:|-?\d+(?:\.\d+)?|true|false|yes|no|on|off|none|null)$/i;

export function looksSecret(name: string): boolean {
  const words = name.toLowerCase().split(/[_-]+/);
  if (words.some((word) => HARMLESS_WORDS.has(word) || SETTING_WORDS.has(word))) return false;
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
        // ENV PASSWORD_RESET=false or ARG AUTH=0 holds a switch, not a secret; a declaration without a value still fires.
        const value = property.getValue();
        if (value !== null && value !== undefined && NON_SECRET_VALUE.test(value.trim())) continue;
        context.report({
          range: property.getNameRange(),
          message: `${name} looks like a secret. ${instruction.getKeyword()} values stay in the image history for anyone to read; pass it with RUN --mount=type=secret instead.`,
        });
      }
    };
    return { ARG: check, ENV: check };
  },
});
