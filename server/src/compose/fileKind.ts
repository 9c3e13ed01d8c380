// Tells a complete Compose project file from an override, a variant or a fragment that another file completes.
const PROJECT_FILE = /^(docker-)?compose\.ya?ml$/;

/**
 * True for `compose.yaml` and its three siblings, which `docker compose` loads as the base of a project.
 * Other names (`compose.override.yaml`, `docker-compose.prod.yml`) are often merged over a base file,
 * so what they reference may legitimately live elsewhere.
 */
export function isProjectFile(fileName: string): boolean {
  return PROJECT_FILE.test(fileName);
}
