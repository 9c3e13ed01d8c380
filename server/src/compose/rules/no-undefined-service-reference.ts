// Rule: links, volumes_from, network_mode "service:" and same-file extends must name a service of the project.
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import type { Range } from '../../service/types';
import { isProjectFile } from '../fileKind';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

interface ServiceReference {
  via: string;
  name: string;
  node: Scalar;
  /** Characters of the scalar's value before the name, as in `service:db` or a quoted string. */
  offset: number;
}

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-undefined-service-reference',
  title: 'Service references must name a defined service',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const defined = new Set(model.services.map((service) => service.name));
    // Included files bring services this file cannot see.
    const includesOthers = model.roots.some((root) => root.has('include'));
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (includesOthers || !service.value) return;
        for (const reference of references(service.value)) {
          if (defined.has(reference.name)) continue;
          const suggestion = closestMatch(reference.name, defined);
          const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
          context.report({
            range: nameRange(model, reference),
            severity: partialFile ? 'warning' : undefined,
            message: partialFile
              ? `Service "${service.name}" refers to "${reference.name}" in ${reference.via}, which this file does not define. That is fine only if a base file merged before this one defines it.${hint}`
              : `Service "${service.name}" refers to "${reference.name}" in ${reference.via}, which is not defined: docker compose will refuse the project.${hint}`,
          });
        }
      },
    };
  },
});

function references(service: YAMLMap): ServiceReference[] {
  const found: ServiceReference[] = [];
  const add = (via: string, node: unknown, parse: (value: string) => { name: string; offset: number } | undefined) => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.includes('${')) return;
    const parsed = parse(node.value);
    if (parsed && parsed.name !== '') found.push({ via, node, ...parsed });
  };
  const links = service.get('links', true);
  // `db` or `db:alias`: the service comes first.
  if (isSeq(links)) for (const item of links.items) add('links', item, (value) => ({ name: value.split(':')[0]!, offset: 0 }));
  const volumesFrom = service.get('volumes_from', true);
  // `other` or `other:ro`; `container:name` names a container outside Compose.
  if (isSeq(volumesFrom)) {
    for (const item of volumesFrom.items) add('volumes_from', item, (value) => (value.startsWith('container:') ? undefined : { name: value.replace(/^service:/, '').split(':')[0]!, offset: value.startsWith('service:') ? 8 : 0 }));
  }
  add('network_mode', service.get('network_mode', true), (value) => (value.startsWith('service:') ? { name: value.slice(8), offset: 8 } : undefined));
  // extends without `file` (or the short string form) extends a service of this same file.
  const extendsNode = service.get('extends', true);
  if (isScalar(extendsNode)) add('extends', extendsNode, (value) => ({ name: value, offset: 0 }));
  if (isMap(extendsNode) && !extendsNode.has('file')) add('extends', extendsNode.get('service', true), (value) => ({ name: value, offset: 0 }));
  return found;
}

/** Underlines only the service name inside values such as `service:db` or `"db:database"`. */
function nameRange(model: ComposeModel, reference: ServiceReference): Range {
  const range = model.rangeOf(reference.node);
  if (range.start.line !== range.end.line) return range;
  const quote = reference.node.type === 'QUOTE_DOUBLE' || reference.node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const start = range.start.character + quote + reference.offset;
  return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + reference.name.length } };
}
