// Rule: COPY or ADD of secret files (.env, SSH keys, private keys) bakes them into an image layer that anyone with the image can read.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

// Example and template env files hold no secrets by convention.
const ENV_FILE = /^\.env(?:\.(?!(?:example|sample|template|dist|defaults?|schema|test)$)[\w.-]+)?$/i;
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/;
const KEY_FILE = /\.(?:key|p12|pfx)$/i;
const PEM_FILE = /\.pem$/i;
// Words that mark a .pem as a certificate or CA bundle, which is public.
const PUBLIC_PEM_WORDS = new Set(['ca', 'cacert', 'cacerts', 'cert', 'certs', 'certificate', 'certificates', 'chain', 'fullchain', 'bundle', 'root', 'rootca', 'pub', 'public', 'trust', 'truststore', 'crt']);

/** Why a source path names a secret file, or undefined. */
export function secretKind(path: string): string | undefined {
  const name = path.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? '';
  if (ENV_FILE.test(name)) return 'an environment file, which usually holds passwords and tokens';
  if (SSH_KEY.test(name)) return 'a private SSH key';
  if (KEY_FILE.test(name)) return 'a private key or key store';
  if (PEM_FILE.test(name) && !name.toLowerCase().slice(0, -4).split(/[-_.]/).some((word) => PUBLIC_PEM_WORDS.has(word))) return 'a PEM file, which often holds a private key';
  return undefined;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-copied-secrets',
  title: 'Do not copy secrets or keys into the image',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:secrets',
  create(context) {
    const check = (instruction: Instruction) => {
      const args = copyArguments(instruction, context.model.document);
      if (!args) return;
      for (const source of args.sources) {
        // Only sources named outright: globs and variables may match anything, URLs are downloads.
        if (/[*?[$]/.test(source.value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(source.value)) continue;
        const kind = secretKind(source.value);
        if (!kind) continue;
        context.report({
          range: source.range,
          message: `"${source.value}" looks like ${kind}. Copied files stay in the image layers even if a later step deletes them. Pass secrets at build time with RUN --mount=type=secret, and at run time through the environment or a secrets store.`,
        });
      }
    };
    return { COPY: check, ADD: check };
  },
});
