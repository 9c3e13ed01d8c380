// The `# syntax=` directive read as a Dockerfile frontend version, so newer flags can be judged against it.
import type { DirectiveHeader } from './directives';

/**
 * The frontend a Dockerfile asks for. `official` is false for custom frontends, whose syntax we cannot judge;
 * `version` is undefined when the file names no version (the engine's built-in frontend) or a floating tag such as `1`.
 */
export interface Frontend {
  official: boolean;
  labs: boolean;
  /** [major, minor] of a pinned version such as `1.7` or `1.7.1`; undefined when unknown or floating to the newest 1.x. */
  version?: [number, number];
  /** True when the file has a `# syntax=` directive at all. */
  declared: boolean;
}

const OFFICIAL = /^(?:(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?)(?::([^@\s]+))?(?:@sha256:[0-9a-f]+)?$/i;

/** Reads `# syntax=` from the header as BuildKit reads it, so a `syntax` line below an unrelated comment names no frontend. */
export function readFrontend(header: DirectiveHeader): Frontend {
  const directive = header.directives.find((d) => d.name === 'syntax');
  if (!directive) return { official: true, labs: false, declared: false };
  const match = OFFICIAL.exec(directive.value);
  if (!match) return { official: false, labs: false, declared: true };
  const tag = (match[1] ?? 'latest').toLowerCase();
  // `experimental` was the labs channel's name until dockerfile 1.2 (`1.1.3-experimental` has RUN --security).
  const labs = tag.endsWith('labs') || tag.endsWith('experimental');
  const pinned = /^(\d+)\.(\d+)/.exec(tag);
  return { official: true, labs, declared: true, version: pinned ? [Number(pinned[1]), Number(pinned[2])] : undefined };
}

/** True when a pinned frontend is older than `[major, minor]`; floating and unknown versions are given the benefit of the doubt. */
export function olderThan(frontend: Frontend, needed: [number, number]): boolean {
  if (!frontend.version) return false;
  const [major, minor] = frontend.version;
  return major < needed[0] || (major === needed[0] && minor < needed[1]);
}
