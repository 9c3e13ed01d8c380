// Cross-file resolution for one Compose file: included files, extends files, env files, `.env` and build Dockerfiles.
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { BuildContext, FileSize } from '../../service/files';
import { COMPOSE_PARSE_OPTIONS } from '../yamlOptions';
import { dockerfileHealth, type ImageHealth } from './dockerfileHealth';
import type { Lookup } from '../interpolation';
import { envFileNames } from './envFile';
import { walkIncludes, type IncludeConflict, type IncludeCycle } from './includes';
import { folderUri, resolvePath } from './paths';
import { SideFiles, type SideFile } from './sideFiles';
import { collectNames, emptyNames, type Names } from './names';
import { interpolatePath, projectLookup, type WrittenPath } from './variables';

export { collectNames, emptyNames, NAME_KINDS, type NameKind, type Names } from './names';
export type { IncludeConflict, IncludeCycle } from './includes';

/** A path written in the file that names another file, with what reading it told. */
export interface FileReference {
  via: 'include' | 'include_env_file' | 'extends' | 'env_file' | 'dockerfile';
  node: Scalar;
  /** The path as written. */
  path: string;
  /** For a path written with variables: what it became with `.env` and the defaults, or undefined when unknown. */
  resolved?: string;
  uri: string | undefined;
  state: SideFile['state'];
  /** For `too-large`: how large the file is and the host's limit. */
  size?: FileSize;
  /** False for `env_file` entries with `required: false`, which Compose skips when missing. */
  required: boolean;
  service?: string;
}

/** A service's build: where its Dockerfile is and which stage is built. */
interface BuildInfo {
  uri?: string;
  inline?: string;
  target?: string;
}

export interface ComposeProject {
  /** True when the host can read files beside this one, so a miss means the file is really absent. */
  readable: boolean;
  references: FileReference[];
  /** Names declared by the files this one includes (recursively). */
  included: Names;
  /** True when there are no includes or every included file was read, so `included` is the whole story. */
  includesComplete: boolean;
  /** Includes that loop back to a file still being loaded, each at the path of this file that leads there. */
  includeCycles: IncludeCycle[];
  /** Names an included file defines differently from this file or an earlier include, at the path that leads there. */
  includeConflicts: IncludeConflict[];
  hasIncludes: boolean;
  /** True when an override file lies beside this one: a plain `docker compose` merges it in, so it may complete services. */
  overrideBeside: boolean;
  /** Variables set by the `.env` beside the file; undefined when it could not be checked. */
  dotEnv: Set<string> | undefined;
  /** Variables set by each env_file this file names (read ones only), keyed by the path as written. */
  envFiles: Map<string, Set<string>>;
  /** Service names of a file named in `extends.file`, by URI; undefined when it could not be read. */
  servicesOf(uri: string | undefined): Set<string> | undefined;
  /** The HEALTHCHECK state of a service's built image, from its Dockerfile; undefined when unknown. */
  imageHealth(service: string): ImageHealth | undefined;
}

interface ServiceLike {
  name: string;
  value: YAMLMap | undefined;
}

// The files `docker compose` merges over the project file by default, when one of them exists.
const OVERRIDE_FILES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'];

export function resolveProject(uri: string, roots: YAMLMap[], services: ServiceLike[], context: BuildContext): ComposeProject {
  const side = new SideFiles(context.files);
  const readable = side.available && uri.startsWith('file:');
  const references: FileReference[] = [];
  const included = emptyNames();
  const reference = (via: FileReference['via'], node: unknown, base: string, required = true, service?: string, lookup?: Lookup): FileReference | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const written = lookup ? interpolatePath(node.value, lookup) : { path: node.value, interpolated: false };
    const target = readable && written.path !== undefined ? resolvePath(base, written.path) : undefined;
    return record(via, node as Scalar<string>, written, target, side.read(target), required, service);
  };
  const record = (via: FileReference['via'], node: Scalar<string>, written: WrittenPath, target: string | undefined, file: SideFile, required = true, service?: string): FileReference => {
    const resolved = written.interpolated ? written.path : undefined;
    const found: FileReference = { via, node, path: node.value, resolved, uri: target, ...readState(file), required, service };
    references.push(found);
    return found;
  };

  // The `.env` beside the file sets the variables Compose interpolates it with, include and extends paths among them.
  const dotEnvFile = readable ? side.read(resolvePath(uri, '.env')) : { state: 'unknown' as const };
  const dotEnv = dotEnvFile.state === 'found' ? envFileNames(dotEnvFile.text) : dotEnvFile.state === 'missing' ? new Set<string>() : undefined;
  const lookup = projectLookup(dotEnvFile);

  // Includes first: they decide which names the project defines.
  const parsed = new Map<string, YAMLMap[]>();
  const walk = walkIncludes(uri, roots, { folder: readable ? new URL('.', uri).href : undefined, lookup }, {
    side,
    parse(fileUri, text) {
      if (!parsed.has(fileUri)) parsed.set(fileUri, parseRoots(text));
      return parsed.get(fileUri)!;
    },
    record(via, node, written, target, file) {
      record(via, node, written, target, file);
    },
    visit(_fileUri, fileRoots) {
      collectNames(fileRoots, included);
    },
  });

  const envFiles = new Map<string, Set<string>>();
  const builds = new Map<string, BuildInfo>();
  for (const service of services) {
    if (!service.value) continue;
    for (const { node, required } of envFileEntries(service.value.get('env_file', true))) {
      const file = reference('env_file', node, uri, required, service.name);
      if (file?.state === 'found' && file.uri) envFiles.set(file.path, envFileNames((side.read(file.uri) as { text: string }).text));
    }
    const extendsNode = service.value.get('extends', true);
    if (isMap(extendsNode)) reference('extends', extendsNode.get('file', true), uri, true, service.name, lookup);
    const build = buildInfo(uri, service.value.get('build', true), readable);
    if (build) builds.set(service.name, build);
    if (build?.node && build.uri) {
      references.push({ via: 'dockerfile', node: build.node, path: build.node.value as string, uri: build.uri, ...readState(side.read(build.uri)), required: true, service: service.name });
    }
  }

  const servicesByFile = new Map<string, Set<string> | undefined>();
  return {
    readable,
    references,
    included,
    includesComplete: walk.complete,
    includeCycles: walk.cycles,
    includeConflicts: walk.conflicts,
    hasIncludes: roots.some((root) => root.has('include')),
    overrideBeside: readable && OVERRIDE_FILES.some((name) => side.read(resolvePath(uri, name)).state === 'found'),
    dotEnv,
    envFiles,
    servicesOf(fileUri) {
      if (fileUri === undefined) return undefined;
      if (!servicesByFile.has(fileUri)) {
        const file = side.read(fileUri);
        servicesByFile.set(fileUri, file.state === 'found' ? collectNames(parseRoots(file.text), emptyNames()).services : undefined);
      }
      return servicesByFile.get(fileUri);
    },
    imageHealth(service) {
      const build = builds.get(service);
      if (!build) return undefined;
      if (build.inline !== undefined) return dockerfileHealth(build.inline, build.target);
      const file = side.read(build.uri);
      return file.state === 'found' ? dockerfileHealth(file.text, build.target) : undefined;
    },
  };
}

/** The state of a read, with the size when the file was too large to read. */
function readState(file: SideFile): Pick<FileReference, 'state' | 'size'> {
  return file.state === 'too-large' ? { state: file.state, size: { bytes: file.bytes, limit: file.limit } } : { state: file.state };
}

function parseRoots(text: string): YAMLMap[] {
  const roots: YAMLMap[] = [];
  for (const doc of parseAllDocuments(text, COMPOSE_PARSE_OPTIONS)) if (isMap(doc.contents)) roots.push(doc.contents);
  return roots;
}

/** `env_file: a.env`, `[a.env, b.env]` or `[{path: a.env, required: false}]`. */
function envFileEntries(value: unknown): { node: Node; required: boolean }[] {
  if (isScalar(value)) return [{ node: value, required: true }];
  if (!isSeq(value)) return [];
  return value.items.flatMap((item) => {
    if (isScalar(item)) return [{ node: item, required: true }];
    if (!isMap(item)) return [];
    const path = item.get('path', true);
    return isScalar(path) ? [{ node: path, required: item.get('required') !== false }] : [];
  });
}

/** Where a service's Dockerfile is: `build: ./dir` or `build: {context, dockerfile | dockerfile_inline, target}`. */
function buildInfo(uri: string, build: unknown, readable: boolean): (BuildInfo & { node?: Scalar }) | undefined {
  if (!readable) return undefined;
  if (isScalar(build) && typeof build.value === 'string') {
    const folder = folderUri(uri, build.value);
    return folder ? { uri: resolvePath(folder, 'Dockerfile'), node: build } : undefined;
  }
  if (!isMap(build)) return undefined;
  const target = build.get('target');
  const targetName = typeof target === 'string' && !target.includes('$') ? target : undefined;
  const inline = build.get('dockerfile_inline');
  if (typeof inline === 'string') return { inline, target: targetName };
  const context = build.get('context');
  const folder = folderUri(uri, typeof context === 'string' ? context : '.');
  if (!folder) return undefined;
  const dockerfile = build.get('dockerfile', true);
  if (isScalar(dockerfile) && typeof dockerfile.value === 'string') {
    const file = resolvePath(folder, dockerfile.value);
    return file ? { uri: file, target: targetName, node: dockerfile } : undefined;
  }
  const contextNode = build.get('context', true);
  return { uri: resolvePath(folder, 'Dockerfile'), target: targetName, node: isScalar(contextNode) ? contextNode : undefined };
}
