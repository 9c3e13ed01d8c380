// Finds the chain of map keys leading to a position in a Compose file, and names the hover topic for it.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

export interface KeyHit {
  path: string[];
  key: Node;
}

/** The key under the cursor, with the keys above it (`["services", "web", "ports"]`); undefined off a key. */
export function keyAt(root: YAMLMap, offset: number): KeyHit | undefined {
  let map: YAMLMap | undefined = root;
  const path: string[] = [];
  while (map) {
    let next: YAMLMap | undefined;
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || !key.range) continue;
      const name = String(key.value);
      if (offset >= key.range[0] && offset <= key.range[1]) return { path: [...path, name], key };
      const value = pair.value as Node | null;
      if (value?.range && offset >= value.range[0] && offset <= value.range[2]) {
        path.push(name);
        // Keys inside list items (long-syntax ports, volumes) are looked up under the list's key.
        next = isMap(value) ? value : isSeq(value) ? (value.items.find((item) => isMap(item) && item.range && offset >= item.range[0] && offset <= item.range[2]) as YAMLMap | undefined) : undefined;
        break;
      }
    }
    map = next;
  }
  return undefined;
}

// Maps under these service keys have their own documented sub-keys.
const NESTED = new Set(['build', 'healthcheck', 'deploy', 'develop']);

/** The content topic for a key path, following the naming of server/src/content/compose/keys. */
export function topicForPath(path: string[]): string | undefined {
  if (path.length === 1) return `compose:top.${path[0]}`;
  if (path[0] !== 'services') return undefined;
  if (path.length === 3) return `compose:service.${path[2]}`;
  const parent = path[2]!;
  if (path.length === 4 && NESTED.has(parent)) return `compose:${parent}.${path[3]}`;
  // depends_on long syntax: services.web.depends_on.db.condition
  if (path.length === 5 && parent === 'depends_on') return `compose:depends_on.${path[4]}`;
  return undefined;
}
