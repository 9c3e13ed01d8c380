// Rule: `privileged: true` gives the container every capability and the host's devices, close to root on the host.
import { isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { serviceSettingRule } from '../serviceSettingRule';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-privileged',
  title: 'Avoid privileged containers',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:container-security',
  create: serviceSettingRule((service, flag) => {
    const node = service.value?.get('privileged', true);
    if (!isScalar(node) || node.value !== true) return;
    flag(node, `Service "${service.name}" runs privileged: it gets every capability, all host devices and no seccomp or AppArmor confinement, so escaping to the host is easy. Grant only what it needs with cap_add and devices.`);
  }),
});
