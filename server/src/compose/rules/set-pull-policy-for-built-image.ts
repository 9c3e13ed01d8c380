// Rule: a service with both `build` and `image` should say with `pull_policy` whether to pull that image or build it.
import type { Node } from 'yaml';
import { defineRule } from '../../rules/defineRule';
import type { ComposeModel } from '../model';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'set-pull-policy-for-built-image',
  title: 'Set pull_policy when a service has both build and image',
  language: 'dockercompose',
  defaultSeverity: 'info',
  category: 'best-practice',
  aliases: [{ tool: 'dclint', id: 'no-build-and-image' }],
  fixable: false,
  topic: 'concept:registries',
  create(context) {
    const { model } = context;
    return {
      service(service) {
        const value = service.value;
        if (!value || !value.has('build') || !value.has('image') || value.has('pull_policy')) return;
        const pair = value.items.find((item) => (item.key as { value?: unknown } | null)?.value === 'image')!;
        context.report({
          range: model.rangeOf(pair.key as Node),
          message: `Service "${service.name}" has both build and image: "docker compose up" tries to pull the image first and builds only if the pull fails, so a registry image of the same name can silently replace your build. Add pull_policy: build to always build, or pull_policy: missing/always to prefer the registry.`,
        });
      },
    };
  },
});
