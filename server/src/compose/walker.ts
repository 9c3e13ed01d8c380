// The single pass over a Compose model: the file's roots first, then each service, then the end of the file.
import type { YAMLMap } from 'yaml';
import type { ComposeModel, ServiceNode } from './model';

/** Events a Compose rule can subscribe to. */
export interface ComposeVisitor {
  root?(root: YAMLMap): void;
  service?(service: ServiceNode): void;
  end?(): void;
}

export function walkCompose(model: ComposeModel, visitors: ComposeVisitor[]): void {
  for (const root of model.roots) for (const visitor of visitors) visitor.root?.(root);
  for (const service of model.services) for (const visitor of visitors) visitor.service?.(service);
  for (const visitor of visitors) visitor.end?.();
}
