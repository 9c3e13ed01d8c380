// The kinds of names a Compose project defines at the top level, and how to collect them from parsed files.
import { isMap, isScalar, type YAMLMap } from 'yaml';

export type NameKind = 'services' | 'volumes' | 'networks' | 'secrets' | 'configs' | 'models';
export const NAME_KINDS: NameKind[] = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];
export type Names = Record<NameKind, Set<string>>;

export function emptyNames(): Names {
  return { services: new Set(), volumes: new Set(), networks: new Set(), secrets: new Set(), configs: new Set(), models: new Set() };
}

/** Adds the names each top-level section of these roots declares. */
export function collectNames(roots: YAMLMap[], names: Names): Names {
  for (const root of roots) {
    for (const kind of NAME_KINDS) {
      const section = root.get(kind, true);
      if (isMap(section)) for (const pair of section.items) if (isScalar(pair.key)) names[kind].add(String(pair.key.value));
    }
  }
  return names;
}
