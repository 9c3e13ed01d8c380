// Rule: files named by include, extends.file, env_file and build must exist, or Compose refuses the project (or the build fails).
// Files too large to read are named once, as information, instead of looking missing.
import { defineRule } from '../../rules/defineRule';
import type { FileSize } from '../../service/files';
import { isProjectFile } from '../fileKind';
import type { ComposeModel } from '../model';
import type { FileReference } from '../project';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-missing-file',
  title: 'Files the Compose file names must exist',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      end() {
        // In file order, whatever order the references were collected in.
        const references = [...model.project.references].sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
        for (const reference of references) {
          // A file over the host's size limit exists but was not read: say so once, rather than call it missing.
          if (reference.state === 'too-large' && reference.size) {
            context.report({ range: model.rangeOf(reference.node), severity: 'info', message: tooLargeMessage(shownPath(reference), reference.size) });
            continue;
          }
          // `required: false` env files are skipped by Compose when absent; unknown means the host could not look.
          if (reference.state !== 'missing' || !reference.required) continue;
          // An override (`docker-compose.prod.yml`, `dev/compose.override.yaml`) is merged over a base file, and its env_file
          // paths resolve from the base file's folder, which may not be this one: missing here is not proof.
          const fromBase = reference.via === 'env_file' && !isProjectFile(model.fileName);
          context.report({
            range: model.rangeOf(reference.node),
            // A missing Dockerfile passes `docker compose config` and fails only when the image is built;
            // a path from variables may be another one where the shell sets them.
            severity: reference.via === 'dockerfile' || reference.resolved !== undefined || fromBase ? 'warning' : undefined,
            message: messageFor(reference) + (reference.resolved !== undefined ? VARIABLES_NOTE : '') + (fromBase ? OVERRIDE_NOTE : ''),
          });
        }
      },
    };
  },
});

function tooLargeMessage(path: string, { bytes, limit }: FileSize): string {
  return `"${path}" is ${megabytes(bytes)}, over the ${megabytes(limit)} that Container Coach reads beside a Compose file, so it was not checked; checks that need its contents stay quiet.`;
}

/** Rounded up, so a file just over the limit never shows as the limit itself. */
function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const OVERRIDE_NOTE = ' (This file looks like one merged over a base file, whose folder its relative paths start from; check the path from there.)';

const VARIABLES_NOTE = ' (The path comes from variables, resolved with .env and the defaults written here; the shell may set them otherwise.)';

function messageFor(reference: FileReference): string {
  const owner = reference.service ? `Service "${reference.service}"` : 'This file';
  const path = reference.resolved !== undefined ? `"${reference.path}" (here "${reference.resolved}")` : `"${reference.path}"`;
  switch (reference.via) {
    case 'include':
      return `This file includes ${path}, which does not exist: docker compose will refuse the project.`;
    case 'include_env_file':
      return `This include entry reads the env file ${path}, which does not exist: docker compose will refuse the project.`;
    case 'extends':
      return `${owner} extends a service from ${path}, which does not exist: docker compose will refuse the project.`;
    case 'env_file':
      return `${owner} reads the env file ${path}, which does not exist: docker compose will refuse the project. Create it, or use the long syntax with required: false if it is optional.`;
    default:
      return `${owner} builds from a Dockerfile that does not exist (${shownPath(reference)}): the build will fail.`;
  }
}

/** The path as written; for a Dockerfile, whose node may be the build context, the file's own path. */
function shownPath(reference: FileReference): string {
  return reference.via === 'dockerfile' && reference.uri ? decodeURIComponent(reference.uri.replace(/^file:\/\//, '')) : reference.path;
}
