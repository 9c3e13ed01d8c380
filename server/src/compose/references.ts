// Finds the named volumes, networks, secrets, configs and models a service refers to, each with the node that names it.
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';

export type ResourceKind = 'volumes' | 'networks' | 'secrets' | 'configs' | 'models';
export const RESOURCE_KINDS: ResourceKind[] = ['volumes', 'networks', 'secrets', 'configs', 'models'];

export interface ResourceReference {
  kind: ResourceKind;
  name: string;
  node: Node;
  /** Where the name sits inside the node's source text, for a short-syntax volume such as `data:/var/lib/data`. */
  span?: { start: number; end: number };
}

export function serviceReferences(service: YAMLMap): ResourceReference[] {
  const build = service.get('build', true);
  return [
    ...volumeReferences(service.get('volumes', true)),
    ...namedEntries('networks', service.get('networks', true)),
    ...namedEntries('secrets', service.get('secrets', true)),
    ...namedEntries('configs', service.get('configs', true)),
    ...namedEntries('models', service.get('models', true)),
    // Build secrets come from the same top-level `secrets` section.
    ...(isMap(build) ? namedEntries('secrets', build.get('secrets', true)) : []),
  ];
}

/** Short syntax (`- name`), long syntax (`- source: name`) or a mapping keyed by name (`networks: {front: {}}`). */
function namedEntries(kind: ResourceKind, value: unknown): ResourceReference[] {
  if (isMap(value)) return value.items.flatMap((pair) => (isScalar(pair.key) ? named(kind, pair.key) : []));
  if (!isSeq(value)) return [];
  return value.items.flatMap((item) => {
    if (isScalar(item)) return named(kind, item);
    const source = isMap(item) ? item.get('source', true) : undefined;
    return isScalar(source) ? named(kind, source) : [];
  });
}

function named(kind: ResourceKind, node: Scalar): ResourceReference[] {
  const name = node.value;
  // Interpolated names (`${NAME}` or a bare `$NAME`) are only known at run time.
  return typeof name === 'string' && name !== '' && !name.includes('$') ? [{ kind, name, node }] : [];
}

function volumeReferences(value: unknown): ResourceReference[] {
  if (!isSeq(value)) return [];
  return value.items.flatMap((item): ResourceReference[] => {
    if (isMap(item)) {
      // Long syntax names a volume only with type volume and a source; without a source it is anonymous.
      const source = item.get('source', true);
      return item.get('type') === 'volume' && isScalar(source) ? named('volumes', source) : [];
    }
    if (!isScalar(item) || typeof item.value !== 'string') return [];
    const name = namedVolumeSource(item.value);
    if (!name) return [];
    const start = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
    return [{ kind: 'volumes', name, node: item, span: { start, end: start + name.length } }];
  });
}

/**
 * The volume name in a short-syntax mount, or undefined for bind mounts (`./x`, `/x`, `~/x`, `C:\x`),
 * anonymous volumes (a container path alone) and interpolated sources (`${DIR}`, and the bare `$PWD` form).
 */
export function namedVolumeSource(mount: string): string | undefined {
  if (mount.includes('$') || /^[a-zA-Z]:[\\/]/.test(mount)) return undefined;
  const colon = mount.indexOf(':');
  if (colon <= 0) return undefined;
  const source = mount.slice(0, colon);
  return /^[.~/\\]/.test(source) || /[\\/]/.test(source) ? undefined : source;
}
