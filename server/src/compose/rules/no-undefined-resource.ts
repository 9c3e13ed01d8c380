// Rule: named volumes, networks, secrets and configs used by a service must be declared at the top level.
import { isMap, isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import { isProjectFile } from '../fileKind';
import type { ComposeModel } from '../model';
import { serviceReferences, type ResourceKind } from '../references';
import type { ComposeVisitor } from '../walker';

const SINGULAR: Record<ResourceKind, string> = { volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-undefined-resource',
  title: 'Declare the volumes, networks, secrets and configs services use',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const declared = declaredResources(model);
    // Included files add their own top-level declarations, which this file cannot see.
    const includesOthers = model.roots.some((root) => root.has('include'));
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (includesOthers || !service.value) return;
        for (const reference of serviceReferences(service.value)) {
          const known = declared[reference.kind];
          // Every service joins the implicit "default" network, so naming it needs no declaration.
          if (known.has(reference.name) || (reference.kind === 'networks' && reference.name === 'default')) continue;
          const kind = SINGULAR[reference.kind];
          const suggestion = closestMatch(reference.name, known);
          const hint = suggestion ? ` Did you mean "${suggestion}"?` : ` Declare it under the top-level "${reference.kind}:" key.`;
          const range = model.rangeOf(reference.node);
          if (reference.span && range.start.line === range.end.line) {
            range.end = { line: range.start.line, character: range.start.character + reference.span.end };
            range.start = { line: range.start.line, character: range.start.character + reference.span.start };
          }
          context.report({
            range,
            severity: partialFile ? 'warning' : undefined,
            message: partialFile
              ? `Service "${service.name}" uses the ${kind} "${reference.name}", which this file does not declare. That is fine only if a base file merged before this one declares it.${hint}`
              : `Service "${service.name}" uses the ${kind} "${reference.name}", which is not declared: docker compose will refuse the project.${hint}`,
          });
        }
      },
    };
  },
});

/** The names under each top-level section, across every document of the file. */
function declaredResources(model: ComposeModel): Record<ResourceKind, Set<string>> {
  const declared: Record<ResourceKind, Set<string>> = { volumes: new Set(), networks: new Set(), secrets: new Set(), configs: new Set() };
  for (const root of model.roots) {
    for (const kind of Object.keys(declared) as ResourceKind[]) {
      const section = root.get(kind, true);
      if (isMap(section)) for (const pair of section.items) if (isScalar(pair.key)) declared[kind].add(String(pair.key.value));
    }
  }
  return declared;
}
