// Reads EXPOSE words (`80`, `8000-8010/udp`, `127.0.0.1:80:80/TCP`) into parts that the EXPOSE rules judge.
import type { Argument, Instruction } from 'dockerfile-ast';
import type { Range } from '../service/types';

export interface ExposedPort {
  argument: Argument;
  text: string;
  /** The container port or range: the part after the last ':' and before the '/'. */
  port: string;
  /** The protocol as written, undefined when absent. */
  protocol?: string;
  protocolRange?: Range;
  /** True when an IP address or host port precedes the container port. */
  mapping: boolean;
}

/** The literal words of an EXPOSE; words with variables or quotes are left out because they are expanded at build time. */
export function exposedPorts(instruction: Instruction): ExposedPort[] {
  const ports: ExposedPort[] = [];
  for (const argument of instruction.getArguments()) {
    const text = argument.getValue();
    if (/[$"'`\\]/.test(text)) continue;
    const slash = text.indexOf('/');
    const spec = slash === -1 ? text : text.slice(0, slash);
    const protocol = slash === -1 ? undefined : text.slice(slash + 1);
    const start = argument.getRange().start;
    const protocolRange = slash === -1 ? undefined : { start: { line: start.line, character: start.character + slash + 1 }, end: argument.getRange().end };
    const colon = spec.lastIndexOf(':');
    ports.push({ argument, text, port: spec.slice(colon + 1), protocol, protocolRange, mapping: colon !== -1 });
  }
  return ports;
}
