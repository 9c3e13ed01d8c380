// What the checker knows of the variables Compose interpolates a file with, built from the env files it reads.
import { LOGIN_VARIABLES, substituteVariables, type Lookup } from '../interpolation';
import { envFileValues } from './envFile';
import type { SideFile } from './sideFiles';

/** Nothing is known: any variable may be set by something the checker cannot see. */
export const UNKNOWN: Lookup = () => undefined;

/** The variables an env file sets: a missing file sets none, one that could not be read leaves all unknown. */
export function envFileLookup(file: SideFile): Lookup {
  if (file.state === 'missing') return () => null;
  if (file.state !== 'found') return UNKNOWN;
  const values = envFileValues(file.text);
  return (name) => (values.has(name) ? values.get(name) : null);
}

/** Each lookup in turn until one sets the name: Compose keeps a value that is already set. */
export function layered(...lookups: Lookup[]): Lookup {
  return (name) => {
    for (const lookup of lookups) {
      const found = lookup(name);
      if (found !== null) return found;
    }
    return null;
  };
}

/** The project's own variables under those of the shell, whose values only the user's machine knows. */
export function projectLookup(dotEnv: SideFile): Lookup {
  // COMPOSE_* variables are set by Compose itself or its caller.
  return layered((name) => (LOGIN_VARIABLES.has(name) || name.startsWith('COMPOSE_') ? undefined : null), envFileLookup(dotEnv));
}

/** A path written in the file, with what interpolation made of it. */
export interface WrittenPath {
  /** The path after interpolation; undefined when a variable's value is unknown. */
  path: string | undefined;
  /** True when the written text had variables, so the path depends on values the shell could change. */
  interpolated: boolean;
}

export function interpolatePath(written: string, lookup: Lookup): WrittenPath {
  if (!written.includes('$')) return { path: written, interpolated: false };
  return { path: substituteVariables(written, lookup), interpolated: true };
}
