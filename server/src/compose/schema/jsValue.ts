// Turns one YAML document into the plain value Compose validates: aliases and merge keys resolved, `!reset` values dropped.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

// The value the validator walks, counted with every alias expanded. Real files stay far below; a "billion laughs"
// file reaches billions, and since aliases share one JS object, only this count stops the walk from exploding.
const MAX_EXPANDED_NODES = 2_000_000;

export type DocumentValue = { value: unknown } | { tooManyAliases: true };

interface Converted {
  value: unknown;
  /** Node count with aliases expanded, capped just above the limit so sums stay finite. */
  size: number;
}

/**
 * One pass in document order, where every anchor comes before its aliases. yaml's own toJS would do, but it rescans
 * the anchor list for every alias and its alias limit counts each use, which 5,000 services sharing `<<: *defaults` exceed.
 */
export function documentValue(doc: Document.Parsed): DocumentValue {
  const anchors = new Map<string, Converted>();
  const convert = (node: unknown): Converted => {
    if (isAlias(node)) return anchors.get(node.source) ?? { value: null, size: 1 };
    let result: Converted;
    if (isMap(node)) result = convertMap(node.items, convert);
    else if (isSeq(node)) {
      const items = node.items.map(convert);
      result = { value: items.map((item) => item.value), size: items.reduce((sum, item) => sum + item.size, 1) };
    } else result = { value: isScalar(node) ? node.value : null, size: 1 };
    result.size = Math.min(result.size, MAX_EXPANDED_NODES + 1);
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, result);
    return result;
  };
  const { value, size } = convert(doc.contents);
  return size > MAX_EXPANDED_NODES ? { tooManyAliases: true } : { value };
}

type Pairs = { key: unknown; value: unknown }[];

/** Builds a mapping: written keys win, merged keys (`<<`) fill in what is missing, `!reset` keys are left out. */
function convertMap(pairs: Pairs, convert: (node: unknown) => Converted): Converted {
  const value: Record<string, unknown> = {};
  let size = 1;
  const written = new Set<string>();
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const converted = convert(pair.value);
    size += converted.size + 1;
    if (typeof key === 'symbol' || key === '<<') {
      const sources = Array.isArray(converted.value) ? converted.value : [converted.value];
      for (const source of sources) {
        if (!source || typeof source !== 'object' || Array.isArray(source)) continue;
        for (const [name, inner] of Object.entries(source)) if (!written.has(name) && !Object.hasOwn(value, name)) set(value, name, inner);
      }
      continue;
    }
    const name = String(key);
    written.add(name);
    // Compose drops a `!reset` value after merging; on its own a file simply does not have it.
    if ((pair.value as Node | null)?.tag === '!reset') delete value[name];
    else set(value, name, converted.value);
  }
  return { value, size };
}

// A key named __proto__ must become a plain property, not replace the object's prototype.
function set(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}
