// Turns the CLI's path arguments into the list of Dockerfiles and Compose files to lint.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { languageOfFileName, type LanguageId } from '../service';

export interface Target {
  path: string;
  languageId: LanguageId;
}

export class UsageError extends Error {}

// Folders that hold other people's files or build output, never the project's own Dockerfiles.
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** Folders are searched by the same name patterns the editor uses; a file named explicitly is always linted. */
export function discoverTargets(paths: string[]): Target[] {
  const targets: Target[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read "${path}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
    }
    if (stats.isDirectory()) walk(path, targets);
    else targets.push({ path, languageId: languageOfFileName(baseName(path)) ?? guessLanguage(path) });
  }
  return targets;
}

function walk(folder: string, targets: Target[]): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links are not followed, so a link loop cannot trap the walk.
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, targets);
    } else if (entry.isFile()) {
      const languageId = languageOfFileName(entry.name);
      if (languageId) targets.push({ path, languageId });
    }
  }
}

/** An explicitly named file with an unusual name: YAML is taken as Compose, anything else as a Dockerfile. */
function guessLanguage(path: string): LanguageId {
  return ['.yml', '.yaml'].includes(extname(path).toLowerCase()) ? 'dockercompose' : 'dockerfile';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
