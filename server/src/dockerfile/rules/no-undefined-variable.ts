// Rule: a variable the Dockerfile expands (ENV, COPY, WORKDIR, LABEL…) must be set at that point of its stage, as BuildKit's UndefinedVar checks.
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { UndefinedReason, VariableUse } from '../variables';
import type { DockerfileVisitor } from '../walker';

const WHY: Record<Exclude<UndefinedReason, 'not-global'>, (name: string) => string> = {
  'global-only': (name) => `$${name} is declared before the first FROM, where only FROM lines see it. Repeat "ARG ${name}" inside this stage to use its value here.`,
  'platform-undeclared': (name) => `$${name} is set by BuildKit, but a stage sees it only after "ARG ${name}". Add that line to this stage.`,
  'declared-later': (name) => `$${name} is used before the ARG or ENV that sets it further down this stage, so here it is empty. Move the declaration up.`,
  'empty-base': (name) => `$${name} is not set in this stage, and the stage starts from scratch, so no base image can provide it.`,
};

/** Variables that official base images and shells commonly set: a name close to one of ours may still be one of these. */
const IMAGE_ENV = new Set([
  'PATH', 'HOME', 'USER', 'HOSTNAME', 'PWD', 'SHELL', 'LANG', 'LANGUAGE', 'LC_ALL', 'TERM', 'TZ', 'DEBIAN_FRONTEND',
  'JAVA_HOME', 'JAVA_VERSION', 'MAVEN_HOME', 'GRADLE_HOME', 'GOPATH', 'GOROOT', 'GOLANG_VERSION', 'GOTOOLCHAIN',
  'NODE_VERSION', 'YARN_VERSION', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PIP_VERSION', 'RUBY_VERSION', 'GEM_HOME',
  'BUNDLE_PATH', 'BUNDLE_APP_CONFIG', 'PHP_VERSION', 'PHP_INI_DIR', 'NGINX_VERSION', 'CARGO_HOME', 'RUSTUP_HOME',
  'RUST_VERSION', 'DOTNET_VERSION', 'ASPNET_VERSION', 'APP_UID', 'PGDATA', 'PG_MAJOR', 'PG_VERSION', 'GOSU_VERSION',
]);

/**
 * A name nothing in the file sets, one edit (two for long names) away from a name that is set at this point: most
 * likely a typo, as BuildKit tells from the base image's environment. Heredoc bodies have their own rule.
 */
function nearMiss(use: VariableUse): string | undefined {
  if (use.inHeredoc || use.modifier !== undefined || IMAGE_ENV.has(use.name)) return undefined;
  const visible = use.visible();
  if (visible.includes(use.name)) return undefined;
  // PATH is set in every stage without a declaration, and $PAHT is as easy to type as any other slip.
  return closestMatch(use.name, [...visible, 'PATH'], use.name.length >= 8 ? 2 : 1);
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-undefined-variable',
  title: 'Set a variable before the Dockerfile uses it',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'UndefinedVar' }],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    return {
      end() {
        for (const use of context.model.variables.uses) {
          if (use.inFrom) continue;
          if (use.resolution === 'unknown') {
            const typo = nearMiss(use);
            if (typo) context.report({ range: use.range, message: `Nothing in this Dockerfile sets $${use.name}, but $${typo} is set here: did you mean $${typo}? Unless the base image happens to define ${use.name}, it expands to an empty string.` });
            continue;
          }
          // Unknown values may come from the base image or a --build-arg: only certainly unset names are reported.
          if (use.resolution !== 'undefined' || !use.reason || use.reason === 'not-global') continue;
          // The name itself becomes visible once its own ENV has run; suggesting it back would say nothing.
          const suggestion = use.reason === 'empty-base' ? closestMatch(use.name, use.visible().filter((name) => name !== use.name)) : undefined;
          context.report({ range: use.range, message: `${WHY[use.reason](use.name)}${suggestion ? ` Did you mean $${suggestion}?` : ''}` });
        }
      },
    };
  },
});
