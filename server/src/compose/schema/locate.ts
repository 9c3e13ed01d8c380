// Finds the YAML nodes behind a JSON pointer into a document's value, following aliases and merge keys to the written text.
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

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

/**
 * Locates many pointers in one document. It indexes what it needs once (keys per map, anchors by name), because
 * a file with thousands of errors would otherwise rescan a 5,000-entry services map, or the whole document for
 * every alias, on each lookup.
 */
export class Locator {
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair>>();
  private anchors: Map<string, Node[]> | undefined;

  constructor(private readonly doc: Document.Parsed) {}

  /** Walks as far along `segments` as the document allows; a partial walk still gives the nearest written place. */
  locate(segments: string[]): Located {
    let found: Located = { value: (this.doc.contents as Node | null) ?? undefined, inList: false };
    for (const segment of segments) {
      const node = this.deref(found.value);
      let next: Located | undefined;
      if (isMap(node)) {
        const pair = this.findPair(node, segment, 0);
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

  /** An alias stands for the last node before it that carries its anchor, as YAML defines. */
  private deref(node: Node | undefined): Node | undefined {
    if (!isAlias(node)) return node;
    if (!this.anchors) {
      const anchors = new Map<string, Node[]>();
      visit(this.doc, {
        Node: (_, anchored) => {
          if (anchored.anchor) anchors.set(anchored.anchor, [...(anchors.get(anchored.anchor) ?? []), anchored]);
        },
      });
      this.anchors = anchors;
    }
    const at = node.range?.[0] ?? Infinity;
    const candidates = (this.anchors.get(node.source) ?? []).filter((candidate) => (candidate.range?.[0] ?? 0) < at);
    return candidates[candidates.length - 1];
  }

  /** The pair for `name` in `map`, written there or brought in by a merge key (`<<: *base`), where its text lives. */
  private findPair(map: YAMLMap, name: string, depth: number): Pair | undefined {
    const written = this.index(map).get(name);
    if (written || depth >= MAX_MERGE_DEPTH) return written;
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !isMergeKey(pair.key.value)) continue;
      const source = this.deref(pair.value as Node);
      const sources = isSeq(source) ? source.items.map((item) => this.deref(item as Node)) : [source];
      for (const candidate of sources) {
        const found = isMap(candidate) ? this.findPair(candidate, name, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  private index(map: YAMLMap): Map<string, Pair> {
    let keys = this.keys.get(map);
    if (!keys) {
      keys = new Map();
      for (const pair of map.items) if (isScalar(pair.key) && !isMergeKey(pair.key.value) && !keys.has(String(pair.key.value))) keys.set(String(pair.key.value), pair);
      this.keys.set(map, keys);
    }
    return keys;
  }
}

// yaml represents a merge key as a symbol when `merge` is on; a plain `<<` string covers older behaviour.
function isMergeKey(value: unknown): boolean {
  return typeof value === 'symbol' || value === '<<';
}
