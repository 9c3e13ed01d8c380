// Rule: with `trustedRegistries` in .hadolint.yaml, every base image must come from one of those registries.
import { defineRule } from '../../rules/defineRule';
import { configDisplayPath, hadolintConfigOf } from '../hadolintConfig';
import { isDockerHub, parseImageReference, type ImageReference } from '../imageReference';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'trusted-registries',
  title: 'Pull base images only from trusted registries',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [{ tool: 'hadolint', id: 'DL3026' }],
  fixable: false,
  topic: 'concept:registries',
  create(context) {
    const config = hadolintConfigOf(context.model);
    const trusted = config?.trustedRegistries.map((entry) => entry.toLowerCase()) ?? [];
    // Without a list there is nothing to enforce: the rule is opt-in through the config, as in hadolint.
    if (trusted.length === 0) return {};
    const stageNames = new Set<string>();
    return {
      FROM(from, stage) {
        const image = from.getImage();
        // The whole reference, registry and tag included: the registry is what this rule judges.
        const range = from.getArguments()[0]?.getRange();
        const isStage = image !== null && stageNames.has(image.toLowerCase());
        if (stage.name) stageNames.add(stage.name);
        // `scratch` is no image at all, earlier stages are local, and variables are judged once resolved.
        if (!image || !range || isStage || image === 'scratch' || image.includes('$')) return;
        const reference = parseImageReference(image);
        if (trusted.some((entry) => isTrusted(entry, reference))) return;
        const where = reference.explicitRegistry ? `the registry ${reference.registry}` : 'Docker Hub (the implied registry docker.io)';
        context.report({
          range,
          message: `${image} comes from ${where}, which is not in trustedRegistries of ${configDisplayPath(config!.uri)} (${trusted.join(', ')}). Use an image from a trusted registry, or add this one to the list.`,
        });
      },
    };
  },
});

function isTrusted(entry: string, image: ImageReference): boolean {
  if (entry === '*') return true;
  // An entry with a path (`registry.example.com/team`) trusts only that part of the registry.
  const slash = entry.indexOf('/');
  const host = slash < 0 ? entry : entry.slice(0, slash);
  const path = slash < 0 ? '' : entry.slice(slash + 1).replace(/\/+$/, '');
  const hostMatches = host.startsWith('*.') ? image.registry.endsWith(host.slice(1)) : host === image.registry || (isDockerHub(host) && isDockerHub(image.registry));
  if (!hostMatches) return false;
  if (path === '') return true;
  const repository = isDockerHub(image.registry) && !image.repository.includes('/') ? `library/${image.repository}` : image.repository;
  return repository.toLowerCase() === path || repository.toLowerCase().startsWith(`${path}/`);
}
