// Rule: every service named in depends_on must be defined, or `docker compose config` rejects the project.
import { defineRule } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import { dependencies } from '../dependencies';
import { isProjectFile } from '../fileKind';
import { knownNames, type ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'depends-on-undefined-service',
  title: 'depends_on must name a defined service',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'compose:service.depends_on',
  create(context) {
    const { model } = context;
    // Included files bring services too; when one of them could not be read, a missing name may be defined there.
    const { names: defined, complete } = knownNames(model, 'services');
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (!complete || !service.value) return;
        for (const { name, node, optional } of dependencies(service.value)) {
          if (defined.has(name) || optional) continue;
          const suggestion = closestMatch(name, defined);
          const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
          context.report({
            range: model.rangeOf(node),
            // An override or variant may be completed by a base file, so it is only a warning there.
            severity: partialFile ? 'warning' : undefined,
            message: partialFile
              ? `Service "${service.name}" depends on "${name}", which this file does not define. That is fine only if a base file merged before this one defines it.${hint}`
              : `Service "${service.name}" depends on "${name}", which is not defined: docker compose will refuse to start the project.${hint}`,
          });
        }
      },
    };
  },
});
