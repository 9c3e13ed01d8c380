// Rule: `cap_add: [ALL]` restores every Linux capability, undoing the default confinement of the container.
import { isScalar, isSeq } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-cap-add-all',
  title: 'Add only the capabilities a service needs',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:container-security',
  create(context) {
    return {
      service(service) {
        const capAdd = service.value?.get('cap_add', true);
        if (!isSeq(capAdd)) return;
        for (const item of capAdd.items) {
          if (!isScalar(item) || !/^(CAP_)?ALL$/i.test(String(item.value))) continue;
          context.report({
            range: context.model.rangeOf(item),
            message: `Service "${service.name}" adds ALL capabilities, including SYS_ADMIN and SYS_MODULE, which make escaping to the host easy. Name only the capabilities it needs (NET_ADMIN, SYS_PTRACE...).`,
          });
        }
      },
    };
  },
});
