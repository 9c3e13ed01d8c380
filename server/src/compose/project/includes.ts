// Walks the include graph as Compose loads it: each entry's files, project directory and env files, with variables interpolated.
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import type { Lookup } from '../interpolation';
import { emptyDefinitions, importDefinitions, overlay, ownDefinitions, type Clash, type Definitions } from './definitions';
import { folderUri, resolvePath } from './paths';
import type { SideFile, SideFiles } from './sideFiles';
import { envFileLookup, interpolatePath, layered, UNKNOWN, type WrittenPath } from './variables';

/** One `include` entry: `- a.yaml` or `- {path: a.yaml | [a.yaml, b.yaml], project_directory, env_file}`. */
interface IncludeEntry {
  paths: Scalar<string>[];
  projectDirectory?: Scalar<string>;
  envFiles: Scalar<string>[];
}

/** Where a file's relative paths resolve (a folder URI ending in `/`), and the variables it is interpolated with. */
export interface Scope {
  folder: string | undefined;
  lookup: Lookup;
}

export interface IncludeHost {
  side: SideFiles;
  /** The roots of a read Compose file, parsed once per URI. */
  parse(uri: string, text: string): YAMLMap[];
  /** A file named by an entry of the checked file itself, with what reading it told. */
  record(via: 'include' | 'include_env_file', node: Scalar<string>, written: WrittenPath, uri: string | undefined, file: SideFile): void;
  /** A Compose file the walk read, included directly or through other files. */
  visit(uri: string, roots: YAMLMap[]): void;
}

/** An include that leads back to a file still being loaded; Compose refuses the project ("include cycle detected"). */
export interface IncludeCycle {
  /** The path written in the checked file through which the cycle is reached. */
  node: Scalar<string>;
  /** URIs from the checked file to the file included again, which closes the loop. */
  chain: string[];
}

/** An included file that defines a name the including file (or an earlier include) defines differently. */
export interface IncludeConflict extends Clash {
  /** The path written in the checked file through which the clash is reached. */
  node: Scalar<string>;
  /** The file whose `include` section imports the clashing definition: the checked file, or one it includes. */
  includer: string;
}

export interface IncludeWalk {
  /** False when some included file could not be read or resolved. */
  complete: boolean;
  cycles: IncludeCycle[];
  conflicts: IncludeConflict[];
}

/** Loads are bounded too: a diamond-shaped graph would otherwise be walked once per route. */
export const MAX_INCLUDE_LOADS = 100;

/** Walks the includes of the checked file, as deep as they go and never round a cycle. */
export function walkIncludes(uri: string, roots: YAMLMap[], scope: Scope, host: IncludeHost): IncludeWalk {
  let complete = true;
  let loads = 0;
  const cycles: IncludeCycle[] = [];
  const conflicts: IncludeConflict[] = [];

  const resolve = (node: Scalar<string>, lookup: Lookup, folder: string | undefined): { written: WrittenPath; uri: string | undefined } => {
    const written = interpolatePath(node.value, lookup);
    return { written, uri: written.path !== undefined && folder ? resolvePath(folder, written.path) : undefined };
  };

  // `origin` is the path of the checked file the walk went through; undefined while reading the checked file itself.
  // Returns what the file defines once its includes are imported, each checked against what came before, as Compose does.
  const loadFile = (fileUri: string, fileRoots: YAMLMap[], fileScope: Scope, chain: string[], origin?: Scalar<string>): Definitions => {
    const definitions = ownDefinitions(fileUri, fileRoots);
    for (const root of fileRoots) {
      for (const entry of includeEntries(root.get('include', true))) {
        const imported = loadEntry(entry, fileScope, [...chain, fileUri], origin);
        const node = origin ?? entry.paths[0];
        for (const clash of importDefinitions(definitions, imported)) {
          if (node && !conflicts.some((seen) => seen.node === node && seen.kind === clash.kind && seen.name === clash.name)) conflicts.push({ ...clash, node, includer: fileUri });
        }
      }
    }
    return definitions;
  };

  // The files of one entry are merged in order, the later ones overriding, before the result is imported.
  const loadEntry = (entry: IncludeEntry, parent: Scope, chain: string[], origin: Scalar<string> | undefined): Definitions => {
    const merged = emptyDefinitions();
    const top = origin === undefined;
    // Env files and a relative project directory resolve from the including file's folder.
    const envLookups = entry.envFiles.map((node) => {
      const { written, uri: envUri } = resolve(node, parent.lookup, parent.folder);
      const file = host.side.read(envUri);
      if (top) host.record('include_env_file', node, written, envUri, file);
      return envFileLookup(file);
    });
    const files = entry.paths.map((node) => ({ node, ...resolve(node, parent.lookup, parent.folder) }));
    const directory = entry.projectDirectory ? resolve(entry.projectDirectory, parent.lookup, parent.folder) : undefined;
    const folder = directory ? directoryUri(parent.folder, directory.written.path) : files[0]?.uri ? new URL('.', files[0].uri).href : undefined;
    // Without env_file, the `.env` of the included project directory; values already set win either way.
    const own = entry.envFiles.length > 0 ? envLookups : [folder ? envFileLookup(host.side.read(resolvePath(folder, '.env'))) : UNKNOWN];
    const scope: Scope = { folder, lookup: layered(parent.lookup, ...own) };
    for (const { node, written, uri: fileUri } of files) {
      const file = host.side.read(fileUri);
      if (top) host.record('include', node, written, fileUri, file);
      if (file.state !== 'found' || !fileUri) {
        complete = false;
        continue;
      }
      // A file still being loaded closes a loop: Compose stops there, and so does the walk (once reported per path).
      if (chain.includes(fileUri)) {
        const through = origin ?? node;
        if (!cycles.some((cycle) => cycle.node === through)) cycles.push({ node: through, chain: [...chain, fileUri] });
        continue;
      }
      if (++loads > MAX_INCLUDE_LOADS) {
        complete = false;
        continue;
      }
      const fileRoots = host.parse(fileUri, file.text);
      host.visit(fileUri, fileRoots);
      overlay(merged, loadFile(fileUri, fileRoots, scope, chain, origin ?? node));
    }
    return merged;
  };

  loadFile(uri, roots, scope, []);
  return { complete, cycles, conflicts };
}

function directoryUri(base: string | undefined, path: string | undefined): string | undefined {
  return base !== undefined && path !== undefined ? folderUri(base, path) : undefined;
}

function includeEntries(value: unknown): IncludeEntry[] {
  if (!isSeq(value)) return [];
  return value.items.flatMap((item): IncludeEntry[] => {
    if (isText(item)) return [{ paths: [item], envFiles: [] }];
    if (!isMap(item)) return [];
    const projectDirectory = item.get('project_directory', true);
    return [{ paths: texts(item.get('path', true)), projectDirectory: isText(projectDirectory) ? projectDirectory : undefined, envFiles: texts(item.get('env_file', true)) }];
  });
}

/** A string or a list of strings, as the string nodes written. */
function texts(value: unknown): Scalar<string>[] {
  if (isText(value)) return [value];
  return isSeq(value) ? value.items.filter(isText) : [];
}

function isText(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string';
}
