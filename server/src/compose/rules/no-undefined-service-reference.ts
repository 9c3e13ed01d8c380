// Rule: links, volumes_from, network_mode "service:" and same-file extends must name a service of the project.
import { isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import type { Range } from '../../service/types';
import { isProjectFile } from '../fileKind';
import { knownNames, type ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

interface ServiceReference {
  via: string;
  name: string;
  node: Scalar;
  /** Characters of the scalar's value before the name, as in `service:db` or a quoted string. */
  offset: number;
  /** For `extends` with `file:`, the path of that file as written. */
  file?: string;
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
    // Included files bring services too; when one could not be read, a missing name may be defined there.
    const project = knownNames(model, 'services');
    // `extends` without a file names a service of this very file, never an included one.
    const own = new Set(model.services.map((service) => service.name));
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (!service.value) return;
        for (const reference of references(service.value)) {
          const defined = reference.file !== undefined ? extendedFileServices(model, reference.file) : reference.via === 'extends' ? own : project.complete ? project.names : undefined;
          if (!defined || defined.has(reference.name)) continue;
          if (reference.file !== undefined) {
            context.report({ range: nameRange(model, reference), message: `Service "${service.name}" extends "${reference.name}", which ${reference.file} does not define: docker compose will refuse the project.${didYouMean(reference.name, defined)}` });
            continue;
          }
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
    // Interpolated (`${NAME}` or a bare `$NAME`): the name is only known at run time.
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.includes('$')) return;
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
  if (isMap(extendsNode)) {
    const file = extendsNode.get('file');
    if (file === undefined || typeof file === 'string') add('extends', extendsNode.get('service', true), (value) => ({ name: value, offset: 0, file }));
  }
  return found;
}

/** The services of the file an `extends` names, once read; undefined when it could not be read. */
function extendedFileServices(model: ComposeModel, file: string): Set<string> | undefined {
  const reference = model.project.references.find((entry) => entry.via === 'extends' && entry.path === file);
  return model.project.servicesOf(reference?.state === 'found' ? reference.uri : undefined);
}

function didYouMean(name: string, defined: Set<string>): string {
  const suggestion = closestMatch(name, defined);
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

/** Underlines only the service name inside values such as `service:db` or `"db:database"`. */
function nameRange(model: ComposeModel, reference: ServiceReference): Range {
  const range = model.rangeOf(reference.node);
  if (range.start.line !== range.end.line) return range;
  const quote = reference.node.type === 'QUOTE_DOUBLE' || reference.node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const start = range.start.character + quote + reference.offset;
  return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + reference.name.length } };
}
