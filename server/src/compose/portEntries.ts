// Lists a service's port entries in both syntaxes, for checks that look at how a port is written rather than what it binds.
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';

export type PortEntry = { syntax: 'short'; node: Scalar } | { syntax: 'long'; node: YAMLMap };

export function portEntries(service: YAMLMap): PortEntry[] {
  const ports = service.get('ports', true);
  if (!isSeq(ports)) return [];
  return ports.items.flatMap((item): PortEntry[] => (isScalar(item) ? [{ syntax: 'short', node: item }] : isMap(item) ? [{ syntax: 'long', node: item }] : []));
}
