// Splits an image reference the way Docker does: the first path part is a registry only if it has a dot or a port, or is localhost.
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com', 'registry.hub.docker.com']);

export interface ImageReference {
  /** The registry host (with port), lower-cased; `docker.io` for bare names such as `node` or `library/node`. */
  registry: string;
  /** Whether the registry was written out rather than implied. */
  explicitRegistry: boolean;
  /** The repository path after the registry, without tag or digest. */
  repository: string;
  tag?: string;
}

export function parseImageReference(image: string): ImageReference {
  const withoutDigest = image.split('@')[0]!;
  const slash = withoutDigest.indexOf('/');
  const first = slash < 0 ? '' : withoutDigest.slice(0, slash);
  const explicitRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const rest = explicitRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = rest.lastIndexOf(':');
  const repository = colon > rest.lastIndexOf('/') ? rest.slice(0, colon) : rest;
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  return { registry: explicitRegistry ? first.toLowerCase() : 'docker.io', explicitRegistry, repository, ...(tag !== undefined ? { tag } : {}) };
}

/** Docker Hub goes by several host names; any one of them names it. */
export function isDockerHub(registry: string): boolean {
  return DOCKER_HUB.has(registry.toLowerCase());
}
