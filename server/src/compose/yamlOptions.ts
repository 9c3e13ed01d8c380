// The `yaml` parse options every Compose file is read with, the checked file and the files it includes alike.
import type { DocumentOptions, Node, ParseOptions, SchemaOptions, Tags } from 'yaml';

// Compose's merge tags: `!reset` clears an inherited value and `!override` replaces it instead of merging.
// Both keep their content as written; the schema check drops `!reset` values, as Compose does after merging.
const COMPOSE_TAGS: Tags = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (source: string) => source },
  { tag, collection: 'seq' as const, resolve: (node: Node) => node },
  { tag, collection: 'map' as const, resolve: (node: Node) => node },
]);

// Duplicate keys are found by the model in linear time; yaml's uniqueKeys compares each key with all before it,
// which costs seconds on a 5,000-service map.
export const COMPOSE_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { uniqueKeys: false, merge: true, prettyErrors: false, customTags: COMPOSE_TAGS };
