// Reads the host side of a service's port entries, short or long syntax, keeping the node each came from.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

export interface HostBinding {
  /** Empty when the port is published on every interface. */
  ip: string;
  protocol: string;
  first: number;
  last: number;
  target: string;
  node: Node;
}

// Docker publishes on all interfaces (IPv4 and IPv6) for these.
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

export function hostBindings(service: YAMLMap): HostBinding[] {
  const ports = service.get('ports', true);
  if (!isSeq(ports)) return [];
  return ports.items.flatMap((item): HostBinding[] => {
    if (isScalar(item)) {
      const binding = shortBinding(String(item.value));
      return binding ? [{ ...binding, node: item }] : [];
    }
    // In the long syntax the published value is what to point at.
    const binding = isMap(item) ? longBinding(item) : undefined;
    return binding && isMap(item) ? [{ ...binding, node: item.get('published', true) as Node }] : [];
  });
}

/** `[IP:]HOST[-HOST]:CONTAINER[-CONTAINER][/PROTOCOL]`; a bare container port publishes on a random host port. */
function shortBinding(spec: string): Omit<HostBinding, 'node'> | undefined {
  if (spec.includes('${')) return undefined;
  const [body = '', protocol = 'tcp'] = spec.split('/');
  const match = /^(?:(\[[^\]]*\]|[^:]*):)??(?:([0-9-]+):)?([0-9-]+)$/.exec(body);
  if (!match || match[2] === undefined || match[2] === '') return undefined;
  const range = portRange(match[2]);
  return range && { ip: normaliseIp(match[1] ?? ''), protocol: protocol.toLowerCase(), ...range, target: match[3]! };
}

function longBinding(entry: YAMLMap): Omit<HostBinding, 'node'> | undefined {
  const published = entry.get('published');
  if (published === undefined || published === null || String(published).includes('${')) return undefined;
  const range = portRange(String(published));
  const ip = entry.get('host_ip');
  const protocol = entry.get('protocol');
  return range && { ip: normaliseIp(typeof ip === 'string' ? ip : ''), protocol: typeof protocol === 'string' ? protocol.toLowerCase() : 'tcp', ...range, target: String(entry.get('target')) };
}

function portRange(text: string): { first: number; last: number } | undefined {
  const [first, last = first] = text.split('-').map(Number);
  return Number.isInteger(first) && Number.isInteger(last) && first! > 0 && last! >= first! ? { first: first!, last: last! } : undefined;
}

function normaliseIp(ip: string): string {
  return ALL_INTERFACES.has(ip) ? '' : ip.replace(/^\[(.*)\]$/, '$1');
}

/** Two bindings collide when one listens on all interfaces or both on the same address. */
export function addressesOverlap(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}
