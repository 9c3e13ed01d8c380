// Expands YAML merge keys (`<<: *anchor`) into plain maps, so rules read a service as Compose sees it and keep source ranges.
import { isAlias, isMap, isScalar, isSeq, YAMLMap, type Document, type Node, type Pair } from 'yaml';

/** Merge chains deeper than this are left unexpanded: real files nest two or three levels at most. */
const MAX_DEPTH = 20;

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<');
}

/**
 * The map with every `<<` merge applied, recursively for nested maps: own keys win over merged ones, and earlier
 * sources in `<<: [*a, *b]` win over later ones, as YAML's merge key type says. Merged pairs keep their nodes, so
 * a finding about an inherited value points at the anchor that defines it. Maps without merges are returned as is.
 */
export function withMergesApplied(map: YAMLMap, document: Document.Parsed, depth = 0): YAMLMap {
  if (depth > MAX_DEPTH) return map;
  const hasMerge = map.items.some((pair) => isMergeKey(pair.key));
  const items: Pair[] = [];
  const seen = new Set<string>();
  const add = (pair: Pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && seen.has(key)) return;
    if (key !== undefined) seen.add(key);
    items.push(nestedApplied(pair, document, depth));
  };
  for (const pair of map.items) if (!isMergeKey(pair.key)) add(pair);
  if (!hasMerge) return items.every((pair, i) => pair === map.items[i]) && items.length === map.items.length ? map : rebuilt(map, items);
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    for (const source of mergeSources(pair.value as Node | null, document)) {
      for (const inherited of withMergesApplied(source, document, depth + 1).items) add(inherited);
    }
  }
  return rebuilt(map, items);
}

/** A pair whose map value has its own merges applied; other pairs unchanged. */
function nestedApplied(pair: Pair, document: Document.Parsed, depth: number): Pair {
  const value = resolved(pair.value as Node | null, document);
  if (!isMap(value)) return pair;
  const applied = withMergesApplied(value, document, depth + 1);
  if (applied === pair.value) return pair;
  const copy = pair.clone();
  copy.key = pair.key;
  copy.value = applied;
  return copy;
}

function mergeSources(value: Node | null, document: Document.Parsed): YAMLMap[] {
  const list = isSeq(value) ? (value.items as Node[]) : [value];
  return list.map((item) => resolved(item, document)).filter((item): item is YAMLMap => isMap(item));
}

function resolved(node: Node | null, document: Document.Parsed): Node | null {
  if (!isAlias(node)) return node;
  return (node.resolve(document) as Node | undefined) ?? null;
}

function rebuilt(original: YAMLMap, items: Pair[]): YAMLMap {
  const map = new YAMLMap();
  map.items = items;
  map.range = original.range;
  map.flow = original.flow;
  return map;
}
