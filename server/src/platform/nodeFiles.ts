// The Node.js FileProvider for the CLI and the LSP server: reads small files from disk by file: URI.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileProvider } from '../service/files';

/** Side files (ignore files, env files, included Compose files) are small; anything larger is not read. */
const MAX_SIDE_FILE_BYTES = 1024 * 1024;

export const nodeFiles: FileProvider = {
  readText(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const path = fileURLToPath(uri);
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > MAX_SIDE_FILE_BYTES) return undefined;
      return new TextDecoder('utf-8').decode(readFileSync(path));
    } catch {
      return undefined;
    }
  },
};
