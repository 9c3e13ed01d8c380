// Rule: EXPOSE documents a container port; an IP address or host port belongs in `docker run -p` or Compose `ports:`.
import { defineRule } from '../../rules/defineRule';
import { exposedPorts } from '../expose';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'expose-port-only',
  title: 'EXPOSE only the container port',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'ExposeInvalidFormat' }],
  fixable: false,
  topic: 'concept:port-publishing',
  create(context) {
    return {
      EXPOSE(instruction) {
        for (const exposed of exposedPorts(instruction)) {
          if (!exposed.mapping) continue;
          context.report({
            range: exposed.argument.getRange(),
            message: `EXPOSE ${exposed.text} names an address or host port, which EXPOSE cannot publish. Write "EXPOSE ${exposed.port}${exposed.protocol ? `/${exposed.protocol}` : ''}" and map the host side with "docker run -p" or Compose "ports:".`,
          });
        }
      },
    };
  },
});
