// Rule: mounting the Docker socket hands the container full control of the Docker daemon, which is root on the host.
import { isMap, isScalar, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { listItems, serviceSettingRule } from '../serviceSettingRule';
import type { ComposeVisitor } from '../walker';

// The socket's usual paths, also as Docker Desktop on Windows writes them.
const SOCKET = /^\/{0,2}(var\/)?run\/docker\.sock$/;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-docker-socket-mount',
  title: 'Do not mount the Docker socket',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'concept:container-security',
  create: serviceSettingRule((service, flag) => {
    for (const item of listItems(service, 'volumes')) {
      let node: Node | undefined;
      if (isScalar(item) && SOCKET.test(String(item.value).split(':')[0]!)) node = item;
      if (isMap(item)) {
        const source = item.get('source', true);
        if (isScalar(source) && SOCKET.test(String(source.value))) node = source;
      }
      if (!node) continue;
      flag(node, `Service "${service.name}" mounts the Docker socket: anything in the container can start privileged containers and so control the host, even with a read-only mount. If a tool really needs the API, put a filtering socket proxy in between.`);
    }
  }),
});
