// Checks Compose makes while loading a file that its JSON schema cannot express: conflicting or missing keys, bad
// port protocols, CPU counts and device counts. Each failure is one `docker compose config` reports as an error.
import { isMap, isScalar, isSeq, type Node } from 'yaml';

export interface LoaderProblem {
  /** Path of the offending key or value in the document's value. */
  path: string[];
  /** Underline the key itself rather than its value. */
  atKey?: boolean;
  message: string;
}

type Dict = Record<string, unknown>;

const PORT_PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compose substitutes variables before these checks run, so a value holding one is judged by what it becomes. */
function variable(value: unknown): boolean {
  return typeof value === 'string' && value.includes('$');
}

function entries(value: unknown): [string, Dict][] {
  return isDict(value) ? Object.entries(value).filter((entry): entry is [string, Dict] => isDict(entry[1])) : [];
}

/**
 * The problems of one document's value. `partial` documents (overrides, later documents) may leave a required
 * key to the file they are merged with, so only the checks that hold for any merge result run on them; `whole`
 * says the document is the entire project (a project file with a single document and no override beside it).
 * `imported` tells whether an included file may define a service of that name: Compose v5 merges the local
 * definition over the included one, which can bring the image.
 */
export function loaderProblems(root: unknown, partial: boolean, whole: boolean, imported: (service: string) => boolean = () => false): LoaderProblem[] {
  if (!isDict(root)) return [];
  const problems: LoaderProblem[] = [];
  for (const section of ['volumes', 'networks', 'secrets', 'configs']) {
    for (const [name, resource] of entries(root[section])) {
      const path = [section, name];
      // The long-deprecated `external: {name: x}` is read as `name: x`, so a second name is a contradiction.
      if (isDict(resource.external) && 'name' in resource.external && 'name' in resource) {
        problems.push({ path: [...path, 'external'], atKey: true, message: `"${name}" sets both name and external.name; Compose refuses the pair. Keep name and write external: true.` });
      }
      // An external volume already exists, so Compose rejects settings that would describe how to create it.
      if (section === 'volumes' && resource.external === true) {
        for (const key of Object.keys(resource)) {
          if (key === 'name' || key === 'external' || key.startsWith('x-')) continue;
          problems.push({ path: [...path, key], atKey: true, message: `Volume "${name}" is external, so Compose refuses "${key}" next to it: an external volume is created outside Compose, only its name can be given.` });
        }
      }
    }
  }
  for (const [name, config] of entries(root.configs)) problems.push(...sourceProblems('configs', name, config, ['file', 'environment', 'content'], partial));
  for (const [name, secret] of entries(root.secrets)) {
    problems.push(...sourceProblems('secrets', name, secret, ['file', 'environment'], partial));
    if ('content' in secret) problems.push({ path: ['secrets', name, 'content'], atKey: true, message: `Secret "${name}" cannot use content: Compose allows inline content for configs only. Read it from a file or an environment variable.` });
  }
  for (const [name, service] of entries(root.services)) {
    problems.push(...serviceProblems(name, service));
    // Only a file that is the whole project shows that nothing else supplies the image; `extends` may too.
    if (whole && !imported(name) && !service.image && !('build' in service) && !('provider' in service) && !('extends' in service)) {
      problems.push({ path: ['services', name], atKey: true, message: `Service "${name}" has neither image nor build, so Compose has nothing to run. Name an image to pull or a build context.` });
    }
  }
  return problems;
}

/** A config or secret takes its data from exactly one source, unless a driver or an external object supplies it. */
function sourceProblems(section: string, name: string, resource: Dict, keys: string[], partial: boolean): LoaderProblem[] {
  const given = keys.filter((key) => key in resource);
  const kind = section === 'configs' ? 'Config' : 'Secret';
  if (given.length > 1) return [{ path: [section, name, given[1]!], atKey: true, message: `${kind} "${name}" sets both ${given[0]} and ${given[1]}; Compose accepts only one of ${keys.join(', ')}.` }];
  if (given.length === 0 && !partial && !('driver' in resource) && !('external' in resource)) {
    return [{ path: [section, name], atKey: true, message: `${kind} "${name}" has no source: Compose requires one of ${keys.join(', ')} (or external: true for one that already exists).` }];
  }
  return [];
}

function serviceProblems(name: string, service: Dict): LoaderProblem[] {
  const problems: LoaderProblem[] = [];
  const path = ['services', name];
  if ('network_mode' in service && 'networks' in service && service.networks !== null) {
    problems.push({ path: [...path, 'networks'], atKey: true, message: `Service "${name}" sets both network_mode and networks, which Compose refuses: network_mode replaces the service's networks.` });
  }
  if (Array.isArray(service.environment)) {
    service.environment.forEach((entry, index) => {
      if (typeof entry !== 'string') return;
      const [variableName = '', ...rest] = entry.split('=');
      if (!/\s$/.test(variableName)) return;
      const fixed = rest.length > 0 ? `${variableName.trim()}=${rest.join('=').trim()}` : variableName.trim();
      problems.push({ path: [...path, 'environment', String(index)], message: `The variable name "${variableName}" ends with a space, which Compose refuses. Write "${fixed}".` });
    });
  }
  if (Array.isArray(service.ports)) {
    service.ports.forEach((port, index) => {
      if (typeof port !== 'string' || variable(port) || !port.includes('/')) return;
      const protocol = port.slice(port.lastIndexOf('/') + 1);
      if (!PORT_PROTOCOLS.has(protocol.toLowerCase())) problems.push({ path: [...path, 'ports', String(index)], message: `Unknown protocol "${protocol}": Compose accepts tcp, udp or sctp after the "/".` });
    });
  }
  if (Array.isArray(service.volumes)) {
    service.volumes.forEach((mount, index) => {
      if (isDict(mount) && mount.type === 'bind' && (mount.source === undefined || mount.source === null || mount.source === '')) {
        problems.push({ path: [...path, 'volumes', String(index), 'type'], message: 'A bind mount needs a source: the host path to mount. Compose refuses one without it.' });
      }
    });
  }
  problems.push(...cpusProblem(service.cpus, [...path, 'cpus']));
  const deploy = isDict(service.deploy) ? service.deploy : {};
  const resources = isDict(deploy.resources) ? deploy.resources : {};
  for (const group of ['limits', 'reservations']) {
    const limits = isDict(resources[group]) ? (resources[group] as Dict) : {};
    problems.push(...cpusProblem(limits.cpus, [...path, 'deploy', 'resources', group, 'cpus']));
  }
  const reservations = isDict(resources.reservations) ? resources.reservations : {};
  const deviceLists: [unknown, string[]][] = [
    [reservations.devices, [...path, 'deploy', 'resources', 'reservations', 'devices']],
    [service.gpus, [...path, 'gpus']],
  ];
  for (const [list, listPath] of deviceLists) {
    if (!Array.isArray(list)) continue;
    list.forEach((device, index) => {
      if (!isDict(device)) return;
      const count = device.count;
      if (typeof count === 'string' && !variable(count) && count !== 'all' && !/^-?\d+$/.test(count)) {
        problems.push({ path: [...listPath, String(index), 'count'], message: `Device count "${count}" is neither a number nor "all", the only values Compose accepts.` });
      }
      if ('count' in device && 'device_ids' in device) problems.push({ path: [...listPath, String(index), 'device_ids'], atKey: true, message: 'count and device_ids cannot both be set: Compose asks for either a number of devices or a list of specific ones.' });
    });
  }
  const develop = isDict(service.develop) ? service.develop : {};
  if (Array.isArray(develop.watch)) {
    develop.watch.forEach((rule, index) => {
      if (isDict(rule) && rule.path === '') problems.push({ path: [...path, 'develop', 'watch', String(index), 'path'], message: 'A watch rule needs a path to watch; Compose refuses an empty one.' });
    });
  }
  return problems;
}

/** `cpus` may be written as a string, but it must still read as a number. */
function cpusProblem(value: unknown, path: string[]): LoaderProblem[] {
  if (typeof value !== 'string' || variable(value) || (value.trim() !== '' && Number.isFinite(Number(value)))) return [];
  return [{ path, message: `cpus must be a number of CPUs, such as 0.5 or "2"; Compose cannot read "${value}".` }];
}

/** Why a non-string key is refused, and how to write it. */
export function nonStringKeyMessage(key: Node): string {
  const value = isScalar(key) ? key.value : null;
  const kind = value === null ? 'null' : typeof value === 'boolean' ? 'a boolean' : 'a number';
  const text = isScalar(key) && key.source !== undefined ? String(key.source) : String(value);
  return `The key ${text} reads as ${kind}, and Compose refuses keys that are not strings. Quote it: "${text}".`;
}

/** Mapping keys Compose cannot use: it reads every key as a string and refuses numbers, booleans and null. */
export function nonStringKeys(node: unknown, found: Node[] = []): Node[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && key.value !== '<<' && typeof key.value !== 'symbol' && typeof key.value !== 'string') found.push(key);
      nonStringKeys(pair.value, found);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) nonStringKeys(item, found);
  }
  return found;
}
