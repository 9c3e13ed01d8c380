// Decides from a file name whether it is a Dockerfile, a Compose file, or neither (the CLI's and tests' view; VS Code uses package.json).
import type { LanguageId } from './types';

const DOCKERFILE = [/^(Dockerfile|Containerfile)$/, /^(Dockerfile|Containerfile)\..+$/, /^.+\.dockerfile$/i];
const COMPOSE = [/^(docker-)?compose\.ya?ml$/, /^(docker-)?compose\..+\.ya?ml$/];

/** Returns the language of a base file name, or undefined when it is neither kind. */
export function languageOfFileName(baseName: string): LanguageId | undefined {
  if (COMPOSE.some((pattern) => pattern.test(baseName))) return 'dockercompose';
  // `Dockerfile.dockerignore` is an ignore file for a Dockerfile, not a Dockerfile.
  if (baseName.endsWith('.dockerignore')) return undefined;
  if (DOCKERFILE.some((pattern) => pattern.test(baseName))) return 'dockerfile';
  return undefined;
}
