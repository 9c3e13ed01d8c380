// Rule: sharing the host's network, PID, IPC, UTS or user namespace removes a layer of isolation between container and host.
import { isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { serviceSettingRule } from '../serviceSettingRule';
import type { ComposeVisitor } from '../walker';

// What each key shares with the host when set to `host`.
const SHARED: Record<string, string> = {
  network_mode: "the host's network: the container can reach every local service and bind any port, and published ports no longer apply",
  pid: "the host's processes: the container can see and signal every process on the host",
  ipc: "the host's shared memory and IPC objects",
  uts: "the host's hostname, which the container may change",
  userns_mode: "the host's user namespace, switching off user-namespace remapping",
};

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-host-namespaces',
  title: "Do not share the host's namespaces",
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:namespaces',
  create: serviceSettingRule((service, flag) => {
    for (const [key, shared] of Object.entries(SHARED)) {
      const node = service.value?.get(key, true);
      if (!isScalar(node) || node.value !== 'host') continue;
      flag(node, `Service "${service.name}" sets ${key}: host and shares ${shared}. Keep it only if the service truly needs it.`);
    }
  }),
});
