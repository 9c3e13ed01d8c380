// Reads a service's depends_on in either syntax, keeping the node that names each dependency.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

export interface Dependency {
  name: string;
  node: Node;
  /** `required: false`: Compose only warns when the dependency is missing. */
  optional: boolean;
  /** The long syntax's condition; the short syntax means service_started. */
  condition: string;
  /** The written condition value, absent when the default applies. */
  conditionNode?: Node;
}

export function dependencies(service: YAMLMap): Dependency[] {
  const dependsOn = service.get('depends_on', true);
  if (isSeq(dependsOn)) {
    return dependsOn.items.filter(isScalar).map((item) => ({ name: String(item.value), node: item, optional: false, condition: 'service_started' }));
  }
  if (isMap(dependsOn)) {
    return dependsOn.items.flatMap((pair) => {
      if (!isScalar(pair.key)) return [];
      const options = isMap(pair.value) ? pair.value : undefined;
      const conditionNode = options?.get('condition', true);
      const condition = isScalar(conditionNode) && typeof conditionNode.value === 'string' ? conditionNode.value : 'service_started';
      return [{ name: String(pair.key.value), node: pair.key, optional: options?.get('required') === false, condition, conditionNode: isScalar(conditionNode) ? conditionNode : undefined }];
    });
  }
  return [];
}
