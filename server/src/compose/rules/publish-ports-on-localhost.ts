// Rule: a port published without an address listens on every interface of the host; binding 127.0.0.1 keeps it local.
import { isScalar, type Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import { portEntries } from '../portEntries';
import type { ComposeVisitor } from '../walker';

// `HOST:CONTAINER` or `HOST-RANGE:CONTAINER[-RANGE]` with an optional protocol, and nothing before the host port.
const NO_ADDRESS = /^\d+(-\d+)?:\d+(-\d+)?(\/\w+)?$/;
// A bare container port (or range): Docker still publishes it, on a random host port of every interface.
const RANDOM_HOST_PORT = /^\d+(-\d+)?(\/\w+)?$/;

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'publish-ports-on-localhost',
  title: 'Publish ports on 127.0.0.1 unless other machines need them',
  language: 'dockercompose',
  defaultSeverity: 'hint',
  category: 'security',
  aliases: [{ tool: 'dclint', id: 'no-unbound-port-interfaces' }],
  fixable: false,
  topic: 'concept:port-publishing',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        if (!service.value) return;
        for (const entry of portEntries(service.value)) {
          let node: Node | undefined;
          let example = '127.0.0.1:8080:80';
          if (entry.syntax === 'short') {
            const text = String(entry.node.value);
            if (NO_ADDRESS.test(text)) [node, example] = [entry.node, `127.0.0.1:${text}`];
            else if (RANDOM_HOST_PORT.test(text)) [node, example] = [entry.node, `127.0.0.1::${text}`];
          }
          // An explicit host_ip, even 0.0.0.0, is a choice the author wrote down. Without `published` the host port is random.
          if (entry.syntax === 'long' && !entry.node.has('host_ip')) node = (entry.node.get('published', true) ?? entry.node.get('target', true)) as Node | undefined;
          if (!node || (isScalar(node) && String(node.value).includes('$'))) continue;
          context.report({
            range: model.rangeOf(node),
            message: `This port is published on every network interface of the host, so other machines can reach it (and Docker's rules bypass most host firewalls). If only this machine needs it, bind it to 127.0.0.1, as in "${example}"${entry.syntax === 'long' ? ' or host_ip: 127.0.0.1' : ''}.`,
          });
        }
      },
    };
  },
});
