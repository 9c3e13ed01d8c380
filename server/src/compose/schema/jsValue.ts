// Turns one YAML document into the plain value Compose validates: aliases and merge keys resolved, `!reset` values dropped.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

// Legitimate files alias small anchors many times; a "billion laughs" file needs far more expansions than this.
const MAX_ALIAS_COUNT = 1000;

export type DocumentValue = { value: unknown } | { tooManyAliases: true };

export function documentValue(doc: Document.Parsed, text: string): DocumentValue {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml throws only on excessive expansion here (syntax errors were ruled out before), so name that.
    return { tooManyAliases: true };
  }
  // Cheap test first: most files never use the tag, and the walk below visits every node.
  if (text.includes('!reset')) for (const path of resetPaths(doc.contents as Node | null, [])) deleteAt(value, path);
  return { value };
}

/** Paths (as keys) of values tagged `!reset`, which Compose removes from the merged result. */
function resetPaths(node: Node | null, path: string[]): string[][] {
  if (!node || isAlias(node)) return [];
  if (node.tag === '!reset') return [path];
  if (isMap(node)) {
    return node.items.flatMap((pair) => (isScalar(pair.key) && typeof pair.key.value !== 'symbol' ? resetPaths(pair.value as Node | null, [...path, String(pair.key.value)]) : []));
  }
  // A reset list item makes no sense to Compose either; only mapping entries are removed.
  if (isSeq(node)) return node.items.flatMap((item, index) => (isMap(item) ? resetPaths(item, [...path, String(index)]) : []));
  return [];
}

function deleteAt(value: unknown, path: string[]): void {
  let parent = value;
  for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[key] : undefined;
  if (parent && typeof parent === 'object' && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[path[path.length - 1]!];
}
