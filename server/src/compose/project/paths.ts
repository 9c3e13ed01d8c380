// Turns paths written in a Compose file (relative, absolute, Windows-style) into `file:` URIs beside the checked file.
import { siblingUri } from '../../service/files';

/**
 * The URI of `path` resolved against the folder of `baseUri`, or undefined when it cannot be known here:
 * remote sources (git, http, oci), `~` (the home folder), interpolated paths and non-file documents.
 */
export function resolvePath(baseUri: string, path: string): string | undefined {
  if (!baseUri.startsWith('file:') || path === '' || path.includes('$') || path.startsWith('~') || isRemote(path)) return undefined;
  const slashed = path.replace(/\\/g, '/');
  // Each segment is percent-encoded so that `#`, `?` and `%` in names stay part of the path.
  const encoded = slashed
    .split('/')
    .map((segment, index) => (index === 0 && /^[a-zA-Z]:$/.test(segment) ? segment : segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
  try {
    if (/^[a-zA-Z]:\//.test(slashed)) return `file:///${encoded}`;
    if (slashed.startsWith('/')) return `file://${encoded}`;
    return siblingUri(baseUri, encoded);
  } catch {
    return undefined;
  }
}

/** The URI of a folder, ending in a slash so that names resolve inside it. */
export function folderUri(baseUri: string, path: string): string | undefined {
  const uri = resolvePath(baseUri, path === '' ? '.' : path);
  return uri === undefined ? undefined : uri.endsWith('/') ? uri : `${uri}/`;
}

/** Git URLs, `github.com/...` shorthands and other schemes name sources outside the file system. */
export function isRemote(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path) || /^github\.com\//.test(path);
}

/** The last segment of a URI, decoded, for messages. */
export function displayName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.replace(/\/$/, '').lastIndexOf('/') + 1));
}

/** A URI as a path for messages: relative to the folder of `baseUri` when inside it, else the full decoded path. */
export function displayPath(baseUri: string, uri: string): string {
  const folder = baseUri.slice(0, baseUri.lastIndexOf('/') + 1);
  return decodeURIComponent(uri.startsWith(folder) ? uri.slice(folder.length) : uri.replace(/^file:\/\//, ''));
}
