// Rule: `cap_add: [ALL]` restores every Linux capability, undoing the default confinement of the container.
import { isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { listItems, serviceSettingRule } from '../serviceSettingRule';
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
  create: serviceSettingRule((service, flag) => {
    for (const item of listItems(service, 'cap_add')) {
      if (!isScalar(item) || !/^(CAP_)?ALL$/i.test(String(item.value))) continue;
      flag(item, `Service "${service.name}" adds ALL capabilities, including SYS_ADMIN and SYS_MODULE, which make escaping to the host easy. Name only the capabilities it needs (NET_ADMIN, SYS_PTRACE...).`);
    }
  }),
});
