// Rule: EXPOSE protocols are written in lower case (`80/tcp`), as BuildKit's check expects.
import { defineRule } from '../../rules/defineRule';
import { exposedPorts } from '../expose';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'expose-proto-casing',
  title: 'Write EXPOSE protocols in lower case',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'ExposeProtoCasing' }],
  fixable: true,
  topic: 'instruction:EXPOSE',
  create(context) {
    return {
      EXPOSE(instruction) {
        for (const { protocol, protocolRange } of exposedPorts(instruction)) {
          if (!protocol || !protocolRange || protocol === protocol.toLowerCase()) continue;
          const lower = protocol.toLowerCase();
          context.report({
            range: protocolRange,
            message: `Write the protocol as "${lower}", not "${protocol}".`,
            fix: () => ({ title: `Write ${lower}`, edits: [{ range: protocolRange, newText: lower }], safe: true }),
          });
        }
      },
    };
  },
});
