// Rule: `condition: service_healthy` needs a healthcheck on the dependency, or the dependent service never starts.
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { Severity } from '../../service/types';
import { dependencies } from '../dependencies';
import { isProjectFile } from '../fileKind';
import type { ImageHealth } from '../project/dockerfileHealth';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

/** What the file says about a service's healthcheck. */
type Health = 'defined' | 'disabled' | 'unknown' | 'official-image' | 'built';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'healthy-dependency-needs-healthcheck',
  title: 'A service_healthy dependency needs a healthcheck',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-readiness',
  create(context) {
    const { model } = context;
    const health = healthByService(model);
    // In an override the base file may add the healthcheck; only an explicit "disabled" is certain there.
    const partialFile = !isProjectFile(model.fileName);
    return {
      service(service) {
        if (!service.value) return;
        for (const dependency of dependencies(service.value)) {
          if (dependency.condition !== 'service_healthy') continue;
          const state = health.get(dependency.name);
          if (!state || state === 'defined' || (partialFile && state !== 'disabled')) continue;
          const built = state === 'built' ? model.project.imageHealth(dependency.name) : undefined;
          if (built?.kind === 'defined') continue;
          const { message, severity } = built ? describeBuilt(service.name, dependency.name, built) : describe(service.name, dependency.name, state);
          // With `required: false` Compose only warns when the dependency fails.
          const lowered: Severity | undefined = dependency.optional && (severity ?? 'error') === 'error' ? 'warning' : severity;
          context.report({ range: model.rangeOf(dependency.node), message, severity: lowered });
        }
      },
    };
  },
});

function describe(from: string, to: string, state: Exclude<Health, 'defined'>): { message: string; severity?: Severity } {
  const start = `Service "${from}" waits for "${to}" to be healthy, but`;
  switch (state) {
    case 'disabled':
      return { message: `${start} "${to}" disables its healthcheck, so it never becomes healthy and "${from}" never starts. Add a healthcheck or use condition: service_started.` };
    case 'official-image':
      return {
        severity: 'warning',
        message: `${start} "${to}" has no healthcheck, and official Docker Hub images generally define none: "${from}" will fail to start. Add a healthcheck to "${to}".`,
      };
    case 'built':
      return { severity: 'info', message: `${start} "${to}" has no healthcheck here: start-up fails unless its Dockerfile has a HEALTHCHECK.` };
    default:
      return { severity: 'info', message: `${start} "${to}" has no healthcheck here: start-up fails unless its image defines a HEALTHCHECK.` };
  }
}

/** The finding for a dependency whose Dockerfile was read and has no working HEALTHCHECK in the built stage. */
function describeBuilt(from: string, to: string, health: Exclude<ImageHealth, { kind: 'defined' }>): { message: string; severity?: Severity } {
  const start = `Service "${from}" waits for "${to}" to be healthy, but`;
  if (health.kind === 'disabled') {
    return { message: `${start} the Dockerfile of "${to}" sets HEALTHCHECK NONE and the file adds no healthcheck, so "${from}" never starts. Add a healthcheck to "${to}" or use condition: service_started.` };
  }
  // Without a HEALTHCHECK of its own the image inherits its base image's, which is certain only for scratch and official images.
  if (health.base === 'scratch' || isOfficialImage(health.base)) {
    return { severity: 'warning', message: `${start} neither the file nor the Dockerfile of "${to}" defines a healthcheck (its base image ${health.base} has none): "${from}" will fail to start. Add a healthcheck to "${to}".` };
  }
  return { severity: 'info', message: `${start} neither the file nor the Dockerfile of "${to}" defines a healthcheck: start-up fails unless its base image ${health.base} has a HEALTHCHECK.` };
}

/** The healthcheck state of every service, later documents overriding earlier ones as Compose merges them. */
function healthByService(model: ComposeModel): Map<string, Health> {
  const health = new Map<string, Health>();
  for (const { name, value } of model.services) {
    if (!value) continue;
    const state = healthOf(value);
    // A later document that does not mention the healthcheck keeps what the earlier one said.
    if (!health.has(name) || state === 'defined' || state === 'disabled') health.set(name, state);
  }
  return health;
}

function healthOf(service: YAMLMap): Health {
  const healthcheck = service.get('healthcheck', true);
  if (isMap(healthcheck)) {
    const test = healthcheck.get('test', true);
    const first = isSeq(test) ? test.items[0] : test;
    if (healthcheck.get('disable') === true || (isScalar(first) && first.value === 'NONE')) return 'disabled';
    return 'defined';
  }
  // Merge keys and extends can bring a healthcheck this map does not show, so nothing is certain then.
  if (service.items.some((pair) => isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.value === '<<')) || service.has('extends')) return 'defined';
  if (service.has('build')) return 'built';
  const image = service.get('image');
  return typeof image === 'string' && isOfficialImage(image) ? 'official-image' : 'unknown';
}

// Docker Hub's official images deliberately ship without HEALTHCHECK; they are named without a namespace.
function isOfficialImage(image: string): boolean {
  // `${IMAGE}` or a bare `$IMAGE`: the image is only known at run time.
  if (image.includes('$')) return false;
  const name = image.replace(/^(docker\.io\/|index\.docker\.io\/)?(library\/)?/, '');
  // Any slash left means a namespace or another registry (`localhost:5000/app`); neither is an official image.
  return !name.includes('/');
}
