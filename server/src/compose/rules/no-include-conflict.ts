// Rule: an included file must not define a name the including file or an earlier include defines differently: Compose v2 refuses it.
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { IncludeConflict } from '../project';
import { displayPath } from '../project/paths';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-include-conflict',
  title: 'Included files must not redefine names differently',
  language: 'dockercompose',
  // Compose v2 refuses the project; Compose v5 merges the two definitions, so what runs depends on the version.
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      end() {
        for (const conflict of model.project.includeConflicts) {
          context.report({ range: model.rangeOf(conflict.node), message: messageFor(conflict, model.document.uri) });
        }
      },
    };
  },
});

function messageFor(conflict: IncludeConflict, uri: string): string {
  const shown = (file: string) => (file === uri ? 'this file' : `"${displayPath(uri, file)}"`);
  const kind = conflict.kind.replace(/s$/, '');
  const where =
    conflict.existing === conflict.includer
      ? `${shown(conflict.incoming)} defines ${kind} "${conflict.name}", which ${shown(conflict.includer)} also defines, differently`
      : `${shown(conflict.incoming)} and ${shown(conflict.existing)} both define ${kind} "${conflict.name}", differently`;
  const through = conflict.includer === uri ? '' : ` (inside the include of "${conflict.node.value}")`;
  return `${where}${through}. Compose v2 refuses the project ("${conflict.kind}.${conflict.name} conflicts with imported resource"); Compose v5 merges the two definitions instead. Keep one definition, or give one of them another name.`;
}
