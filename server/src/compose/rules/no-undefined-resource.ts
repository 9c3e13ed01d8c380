// Rule: named volumes, networks, secrets and configs used by a service must be declared at the top level.
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import { isProjectFile } from '../fileKind';
import { knownNames, type ComposeModel } from '../model';
import { RESOURCE_KINDS, serviceReferences, type ResourceKind } from '../references';
import type { ComposeVisitor } from '../walker';

const SINGULAR: Record<ResourceKind, string> = { volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config', models: 'model' };

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-undefined-resource',
  title: 'Declare the volumes, networks, secrets, configs and models services use',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    // Included files add their own top-level declarations; when one could not be read, a missing name may be there.
    const declared = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, knownNames(model, kind)])) as Record<ResourceKind, ReturnType<typeof knownNames>>;
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (!service.value) return;
        for (const reference of serviceReferences(service.value)) {
          if (!declared[reference.kind].complete) continue;
          const known = declared[reference.kind].names;
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
