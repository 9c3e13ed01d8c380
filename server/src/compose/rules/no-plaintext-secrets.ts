// Rule: passwords, tokens and keys written into `environment` end up in the repository and in `docker inspect`; use secrets or variables.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

// The last word of a variable name that marks a secret: DB_PASSWORD, GITHUB_TOKEN, JWT_SECRET, AWS_SECRET_ACCESS_KEY.
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'KEY', 'APIKEY', 'PASSPHRASE', 'CREDENTIALS']);
// Keys that are not secret by nature, whatever comes before KEY.
const PUBLIC_WORDS = new Set(['PUBLIC', 'PUB', 'FOREIGN', 'PRIMARY', 'PARTITION', 'SORT', 'CACHE', 'ROUTING', 'HOTKEY']);
// Switches such as MYSQL_ALLOW_EMPTY_PASSWORD=yes are settings, not secrets.
const SETTING_VALUE = /^(yes|no|true|false|on|off|0|1|none|null|)$/i;
// An absolute path such as /run/secrets/db or /certs/server.key names the file that holds the secret, not the secret.
// Only word characters, dots, @ and dashes between slashes, so a base64 value (which may hold "/", "+" and "=") is not taken for one.
const FILE_PATH = /^(\/[\w.@-]+)+\/?$/;
// `scheme://user:password@host`, with a literal password.
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@/\s]+)@/i;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-plaintext-secrets',
  title: 'Keep secrets out of environment values',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:secrets',
  create(context) {
    return {
      service(service) {
        for (const { name, value, node } of environment(service.value?.get('environment', true))) {
          if (value.includes('$')) continue;
          const reason = URL_CREDENTIALS.test(value) ? 'holds a password inside its URL' : isSecretName(name) && !SETTING_VALUE.test(value.trim()) && !FILE_PATH.test(value.trim()) ? 'is written here in plain text' : undefined;
          if (!reason) continue;
          context.report({
            range: context.model.rangeOf(node),
            message: `The secret in ${name} ${reason}: it ends up in version control and in "docker inspect". Use a Compose secret (many images read ${name}_FILE), or interpolate it from .env with \${${name}}.`,
          });
        }
      },
    };
  },
});

/** `KEY: value` or `- KEY=value`; bare `- KEY` entries take their value from the shell and hold nothing here. */
function environment(value: unknown): { name: string; value: string; node: Node }[] {
  if (isMap(value)) {
    return value.items.flatMap((pair) => (isScalar(pair.key) && isScalar(pair.value) && pair.value.value !== null ? [{ name: String(pair.key.value), value: String(pair.value.value), node: pair.value as Node }] : []));
  }
  if (!isSeq(value)) return [];
  return value.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || !item.value.includes('=')) return [];
    const equals = item.value.indexOf('=');
    return [{ name: item.value.slice(0, equals), value: item.value.slice(equals + 1), node: item as Node }];
  });
}

/** True when the name's last word marks a secret (split at `_`, `-`, `.` and camelCase), and no word marks it public. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[_.-]+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  if (!last || !SECRET_WORDS.has(last) || words.some((word) => PUBLIC_WORDS.has(word))) return false;
  // PWD alone is the shell's working directory.
  return !(last === 'PWD' && words.length === 1);
}
