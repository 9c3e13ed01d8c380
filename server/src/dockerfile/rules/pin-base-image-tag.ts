// Rule: a FROM image should name a fixed tag or digest, not rely on the implicit or explicit `latest`.
import { defineRule } from '../../rules/defineRule';
import type { Range } from '../../service/types';
import type { DockerfileModel } from '../model';
import { isImageReference } from '../referenceGrammar';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-base-image-tag',
  title: 'Pin the base image to a version tag or digest',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [
    { tool: 'hadolint', id: 'DL3006' },
    { tool: 'hadolint', id: 'DL3007' },
  ],
  fixable: false,
  topic: 'concept:image-tags',
  create(context) {
    const stageNames = new Set<string>();
    // `FROM $BASE` is judged by the image its ARG defaults give; unknown or unusable defaults are other rules' business.
    const judgeDefault = (written: string, value: string | undefined, range: Range) => {
      if (!value || value === 'scratch' || stageNames.has(value.toLowerCase()) || !isImageReference(value) || value.includes('@')) return;
      const lastSlash = value.lastIndexOf('/');
      const colon = value.lastIndexOf(':');
      const tag = colon > lastSlash ? value.slice(colon + 1) : undefined;
      if (tag !== undefined && tag !== 'latest') return;
      context.report({
        range,
        message: tag === undefined
          ? `With its ARG defaults, "${written}" is "${value}", which has no tag, so Docker pulls "${value}:latest". Pin a version in the default so builds are repeatable.`
          : `With its ARG defaults, "${written}" is "${value}": "latest" is a moving tag. Pin a version tag or a digest in the default so builds are repeatable.`,
      });
    };
    return {
      FROM(from, stage) {
        const image = from.getImageName();
        const range = from.getImageRange();
        // Stage names are only known once declared: `FROM builder` refers back to an earlier `AS builder`.
        const referencesStage = image !== null && stageNames.has(image.toLowerCase());
        if (stage.name) stageNames.add(stage.name);
        if (image === null || range === null || referencesStage) return;
        // `scratch` is the empty image and has no tags.
        if (image === 'scratch') return;
        if (from.getImage()?.includes('$')) {
          judgeDefault(from.getImage()!, context.model.variables.fromImages[stage.index]?.value, range);
          return;
        }
        if (from.getImageDigest()) return;
        const tag = from.getImageTag();
        if (tag === null) {
          // Name the image with its registry: `ubi9/ubi:<version>` alone would point at Docker Hub instead.
          const reference = from.getImage() ?? image;
          context.report({
            range,
            message: `"${reference}" has no tag, so Docker pulls "${reference}:latest", whatever that is today. Pin a version such as "${reference}:<version>" so builds are repeatable.`,
          });
        } else if (tag === 'latest') {
          context.report({
            range: from.getImageTagRange() ?? range,
            message: `"latest" is a moving tag: the image behind it changes without notice. Pin a version tag or a digest so builds are repeatable and rollbacks possible.`,
          });
        }
      },
    };
  },
});
