// Rule: a pulled image needs an explicit, fixed tag (or a digest); no tag means `latest`, which changes under you.
import { isScalar } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

// Tags that publishers move to each new release by design; the last four name a channel of pre-release builds, not one build.
const FLOATING = new Set(['latest', 'stable', 'lts', 'edge', 'current', 'nightly', 'rolling', 'mainline', 'canary', 'beta', 'dev', 'test']);

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'pin-service-image-tag',
  title: 'Pin service images to an explicit version tag',
  language: 'dockercompose',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'dclint', id: 'service-image-require-explicit-tag' }],
  fixable: false,
  topic: 'concept:image-tags',
  create(context) {
    const { model } = context;
    // Images that a service of this file builds: a sibling naming the same image reuses that build instead of pulling.
    const built = new Set(model.services.flatMap(({ value }) => (value?.has('build') && typeof value.get('image') === 'string' ? [withTag(value.get('image') as string)] : [])));
    return {
      service(service) {
        const node = service.value?.get('image', true);
        // With `build`, `image` names the image Compose builds and tags, not one it pulls.
        if (!isScalar(node) || typeof node.value !== 'string' || node.tag === '!reset' || node.value.includes('$') || service.value!.has('build')) return;
        if (built.has(withTag(node.value))) return;
        const tag = tagOf(node.value);
        if (tag !== undefined && !FLOATING.has(tag.toLowerCase())) return;
        context.report({
          range: model.rangeOf(node),
          message:
            tag === undefined
              ? `"${node.value}" has no tag, so Compose pulls "latest": each pull may bring a different version. Pin a version tag (or a digest).`
              : `"${tag}" is a floating tag that moves to each new release: each pull may bring a different version. Pin a version tag (or a digest).`,
        });
      },
    };
  },
});

/** The reference with its implicit `latest` tag written out, so `app` and `app:latest` compare equal. */
function withTag(image: string): string {
  return tagOf(image) === undefined ? `${image}:latest` : image;
}

/** The tag of an image reference; undefined when it has none. A digest (`@sha256:...`) counts as pinned. */
function tagOf(image: string): string | undefined {
  if (image.includes('@')) return 'digest';
  const name = image.slice(image.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : undefined;
}
