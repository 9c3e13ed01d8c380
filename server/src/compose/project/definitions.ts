// What each file of an include graph defines, name by name, and the clashes Compose v2 refuses when one file imports another.
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { NAME_KINDS, type NameKind } from './names';

/** One definition: the file it comes from and its YAML node, undefined when merged from several places. */
export interface Definition {
  file: string;
  node: unknown;
}

export type Definitions = Record<NameKind, Map<string, Definition>>;

/** Two different definitions of one name met when an include was imported. */
export interface Clash {
  kind: NameKind;
  name: string;
  /** The file the import brings the name from, and the one that defined it before (the including file or an earlier include). */
  incoming: string;
  existing: string;
}

export function emptyDefinitions(): Definitions {
  return { services: new Map(), volumes: new Map(), networks: new Map(), secrets: new Map(), configs: new Map(), models: new Map() };
}

/** The definitions of one file; a name in several of its YAML documents is merged by Compose, so its content is not compared. */
export function ownDefinitions(uri: string, roots: YAMLMap[]): Definitions {
  const definitions = emptyDefinitions();
  for (const root of roots) {
    for (const kind of NAME_KINDS) {
      const section = root.get(kind, true);
      if (!isMap(section)) continue;
      for (const pair of section.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        definitions[kind].set(name, { file: uri, node: definitions[kind].has(name) ? undefined : pair.value });
      }
    }
  }
  return definitions;
}

/** Adds `later` over `target` as the files of one `path:` list are merged: a name in both no longer has one content. */
export function overlay(target: Definitions, later: Definitions): void {
  for (const kind of NAME_KINDS) {
    for (const [name, definition] of later[kind]) target[kind].set(name, target[kind].has(name) ? { file: definition.file, node: undefined } : definition);
  }
}

/**
 * Imports an included project's definitions into the including file's, as Compose does, and returns the clashes:
 * a name defined on both sides with contents that differ. Equal contents are accepted; contents that cannot be
 * compared (merged, or holding variables that may make them equal) are given the benefit of the doubt.
 */
export function importDefinitions(target: Definitions, imported: Definitions): Clash[] {
  const clashes: Clash[] = [];
  for (const kind of NAME_KINDS) {
    for (const [name, definition] of imported[kind]) {
      const present = target[kind].get(name);
      if (!present) {
        target[kind].set(name, definition);
        continue;
      }
      if (differ(present.node, definition.node)) clashes.push({ kind, name, incoming: definition.file, existing: present.file });
    }
  }
  return clashes;
}

/** Contents are only serialised for names defined on both sides, which keeps a keystroke in a large file cheap. */
function differ(first: unknown, second: unknown): boolean {
  if (first === undefined || second === undefined) return false;
  const [a, b] = [canonical(first), canonical(second)];
  return a !== undefined && b !== undefined && a !== b && !a.includes('$') && !b.includes('$');
}

/** A node's content as JSON with sorted keys, since Compose compares the loaded values, not their order. */
function canonical(node: unknown): string | undefined {
  try {
    const value = node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
    return JSON.stringify(value ?? null, (_key, item: unknown) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item));
  } catch {
    return undefined;
  }
}
