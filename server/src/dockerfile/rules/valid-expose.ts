// Rule: EXPOSE ports must be numbers or ranges within 0–65535, with tcp, udp or sctp as the protocol.
import { defineRule } from '../../rules/defineRule';
import { exposedPorts } from '../expose';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-expose',
  title: 'EXPOSE valid ports and protocols',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3011' }],
  fixable: false,
  topic: 'instruction:EXPOSE',
  create(context) {
    return {
      EXPOSE(instruction) {
        for (const exposed of exposedPorts(instruction)) {
          const problem = portProblem(exposed.port) ?? protocolProblem(exposed.protocol);
          if (problem) context.report({ range: exposed.argument.getRange(), message: `EXPOSE ${exposed.text}: ${problem}` });
        }
      },
    };
  },
});

function portProblem(port: string): string | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!match) return `"${port}" is not a port number or a range such as 8000-8010.`;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start > 65535 || end > 65535) return 'ports go from 0 to 65535.';
  if (end < start) return `the range ends before it starts; write ${end}-${start}.`;
  return undefined;
}

function protocolProblem(protocol: string | undefined): string | undefined {
  // An empty protocol after the slash means tcp to Docker.
  if (protocol === undefined || protocol === '' || PROTOCOLS.has(protocol.toLowerCase())) return undefined;
  return `"${protocol}" is not a protocol Docker knows; use tcp, udp or sctp.`;
}
