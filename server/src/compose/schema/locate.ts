// Finds the YAML nodes behind a JSON pointer into a document's value, following aliases and merge keys to the written text.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export interface Located {
  /** The key whose value the pointer names; absent for list items and the document itself. */
  key?: Node;
  value?: Node;
  /** True when the value is an item of a list rather than the value of a key. */
  inList: boolean;
}

// Merge chains deeper than this are hostile or cyclic; the search gives up rather than looping.
const MAX_MERGE_DEPTH = 20;

/** Splits a JSON pointer (`/services/web/ports/0`) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walks as far along `segments` as the document allows; a partial walk still gives the nearest written place. */
export function locate(doc: Document.Parsed, segments: string[]): Located {
  let found: Located = { value: (doc.contents as Node | null) ?? undefined, inList: false };
  for (const segment of segments) {
    const node = deref(doc, found.value);
    let next: Located | undefined;
    if (isMap(node)) {
      const pair = findPair(doc, node, segment, 0);
      if (pair) next = { key: pair.key as Node, value: (pair.value as Node | null) ?? undefined, inList: false };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item) next = { value: item, inList: true };
    }
    if (!next) break;
    found = next;
  }
  return found;
}

function deref(doc: Document.Parsed, node: Node | undefined): Node | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

/** The pair for `name` in `map`, written there or brought in by a merge key (`<<: *base`), where its text lives. */
function findPair(doc: Document.Parsed, map: YAMLMap, name: string, depth: number): Pair | undefined {
  const merges: Node[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    if (isMergeKey(pair.key.value)) merges.push(pair.value as Node);
    else if (String(pair.key.value) === name) return pair;
  }
  if (depth >= MAX_MERGE_DEPTH) return undefined;
  for (const merge of merges) {
    const source = deref(doc, merge);
    const sources = isSeq(source) ? source.items.map((item) => deref(doc, item as Node)) : [source];
    for (const candidate of sources) {
      const pair = isMap(candidate) ? findPair(doc, candidate, name, depth + 1) : undefined;
      if (pair) return pair;
    }
  }
  return undefined;
}

// yaml represents a merge key as a symbol when `merge` is on; a plain `<<` string covers older behaviour.
function isMergeKey(value: unknown): boolean {
  return typeof value === 'symbol' || value === '<<';
}
