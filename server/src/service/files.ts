// How the service reads files beside the one it checks (.dockerignore, included Compose files, .env), without doing I/O itself.

/** Supplied by the host (LSP server, CLI, tests). Reads must be synchronous, fast and bounded: small project files only. */
export interface FileProvider {
  /** The text of the file at a `file:` URI, or undefined when it is missing, unreadable or too large. */
  readText(uri: string): string | undefined;
  /**
   * When readText gave nothing because the file is over the host's size limit: its size and the limit, in bytes.
   * Optional; without it a file too large to read looks missing.
   */
  tooLarge?(uri: string): FileSize | undefined;
}

export interface FileSize {
  bytes: number;
  limit: number;
}

/** For hosts without a file system (untitled documents, some tests): every read misses. */
export const noFiles: FileProvider = { readText: () => undefined };

/** What an engine gets when it builds a model: the document's base name and a way to read its neighbours. */
export interface BuildContext {
  fileName: string;
  files: FileProvider;
}

/** Resolves a relative path against the folder of a `file:` URI, keeping it a `file:` URI. */
export function siblingUri(documentUri: string, relativePath: string): string {
  return new URL(relativePath, documentUri).href;
}
