// A bounded, caching reader of the files a Compose file refers to: each read at most once, and only so many per model.
import { noFiles, type FileProvider, type FileSize } from '../../service/files';

/**
 * What reading a side file told us. `too-large` when it exists but is over the host's size limit (so it was not read),
 * `unknown` when the host cannot read files or the budget ran out.
 */
export type SideFile = { state: 'found'; text: string } | { state: 'missing' } | ({ state: 'too-large' } & FileSize) | { state: 'unknown' };

/** Enough for a project's includes, env files and Dockerfiles, and small enough to keep a keystroke cheap. */
export const MAX_SIDE_FILES = 50;

export class SideFiles {
  private readonly cache = new Map<string, SideFile>();

  constructor(private readonly files: FileProvider) {}

  /** False when the host reads no files at all (untitled documents, tests without a provider). */
  get available(): boolean {
    return this.files !== noFiles;
  }

  read(uri: string | undefined): SideFile {
    if (uri === undefined || !this.available) return { state: 'unknown' };
    const cached = this.cache.get(uri);
    if (cached) return cached;
    if (this.cache.size >= MAX_SIDE_FILES) return { state: 'unknown' };
    const result = this.load(uri);
    this.cache.set(uri, result);
    return result;
  }

  private load(uri: string): SideFile {
    const text = this.files.readText(uri);
    if (text !== undefined) return { state: 'found', text };
    const size = this.files.tooLarge?.(uri);
    return size ? { state: 'too-large', ...size } : { state: 'missing' };
  }
}
