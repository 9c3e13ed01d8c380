// The Node.js FileProvider for the CLI and the LSP server: reads small files from disk by file: URI.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileProvider } from '../service/files';

/** Side files (ignore files, env files, included Compose files) are small; anything larger is not read. */
export const MAX_SIDE_FILE_BYTES = 1024 * 1024;

export const nodeFiles: FileProvider = {
  readText(uri) {
    const stats = fileStats(uri);
    if (!stats || stats.size > MAX_SIDE_FILE_BYTES) return undefined;
    try {
      return new TextDecoder('utf-8').decode(readFileSync(fileURLToPath(uri)));
    } catch {
      return undefined;
    }
  },
  tooLarge(uri) {
    const stats = fileStats(uri);
    return stats && stats.size > MAX_SIDE_FILE_BYTES ? { bytes: stats.size, limit: MAX_SIDE_FILE_BYTES } : undefined;
  },
};

/** The stats of a regular file at a `file:` URI; undefined for anything else or when it cannot be read. */
function fileStats(uri: string): Stats | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    // Most side files looked for do not exist: asking without an exception keeps each miss cheap.
    const stats = statSync(fileURLToPath(uri), { throwIfNoEntry: false });
    return stats?.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}
