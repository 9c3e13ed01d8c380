// Rule: EXPOSE 22 suggests an SSH server in the container, which containers rarely need: `docker exec` gives a shell without one.
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-expose-ssh',
  title: 'Do not run SSH in a container',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'instruction:EXPOSE',
  create(context) {
    return {
      EXPOSE(expose) {
        for (const arg of expose.getArguments()) {
          // Port 22 over TCP only; UDP 22 is not SSH, and variables are only known at build time.
          if (!/^22(?:\/tcp)?$/i.test(arg.getValue())) continue;
          context.report({
            range: arg.getRange(),
            message: 'Port 22 is SSH. An SSH server adds keys to manage and a login to attack; use "docker exec" (or "kubectl exec") for a shell, and a volume or "docker cp" to move files.',
          });
        }
      },
    };
  },
});
