// What BuildKit knows about each instruction: the keywords and the flags each one accepts, with the frontend that made them stable.

export const KNOWN_INSTRUCTIONS = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'] as const;

export const KNOWN_INSTRUCTION_SET: ReadonlySet<string> = new Set(KNOWN_INSTRUCTIONS);

export type FlagKind = 'string' | 'bool' | 'list';

export interface FlagSpec {
  kind: FlagKind;
  /** The stable frontend version that accepts the flag; older pinned versions reject it. */
  stableSince?: [number, number];
  /** The labs frontend version that first accepted it; `labsOnly` flags exist nowhere else. */
  labsSince?: [number, number];
  labsOnly?: boolean;
}

/** Flags per instruction, for the instructions whose flags BuildKit validates strictly. */
export const FLAGS: Readonly<Record<string, Readonly<Record<string, FlagSpec>>>> = {
  FROM: { platform: { kind: 'string' } },
  COPY: {
    from: { kind: 'string' },
    chown: { kind: 'string' },
    chmod: { kind: 'string' },
    link: { kind: 'bool' },
    parents: { kind: 'bool', stableSince: [1, 20], labsSince: [1, 7] },
    exclude: { kind: 'list', stableSince: [1, 19], labsSince: [1, 7] },
  },
  ADD: {
    chown: { kind: 'string' },
    chmod: { kind: 'string' },
    link: { kind: 'bool' },
    'keep-git-dir': { kind: 'bool' },
    checksum: { kind: 'string' },
    unpack: { kind: 'bool' },
    exclude: { kind: 'list', stableSince: [1, 19], labsSince: [1, 7] },
  },
  RUN: {
    mount: { kind: 'list' },
    network: { kind: 'string' },
    security: { kind: 'string', stableSince: [1, 20], labsSince: [1, 1] },
    device: { kind: 'list', labsOnly: true },
  },
  HEALTHCHECK: {
    interval: { kind: 'string' },
    timeout: { kind: 'string' },
    'start-period': { kind: 'string' },
    'start-interval': { kind: 'string' },
    retries: { kind: 'string' },
  },
};
