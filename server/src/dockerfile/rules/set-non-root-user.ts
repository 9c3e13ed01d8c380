// Rule: a final stage that never sets USER runs as root unless its base image says otherwise; point that out, quietly.
import { defineRule } from '../../rules/defineRule';
import { finalStageChain } from '../finalStage';
import { parseImageReference } from '../imageReference';
import type { DockerfileModel, Stage } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Base images known to start as an unprivileged user, so a Dockerfile built on them needs no USER of its own. */
function runsAsNonRoot(image: string): boolean {
  const reference = parseImageReference(image.toLowerCase());
  const tag = reference.tag ?? '';
  // distroless `:nonroot`, `*-rootless`, and images that say so in their name.
  if (/nonroot|rootless/.test(tag) || /nonroot|rootless|unprivileged/.test(reference.repository)) return true;
  // Chainguard images and Bitnami's images run as an unprivileged user by default.
  if (reference.registry === 'cgr.dev') return true;
  if (reference.registry === 'docker.io' && reference.repository.startsWith('bitnami/')) return true;
  // Microsoft's chiseled and distroless .NET images end with `USER app`; Keycloak's image with `USER 1000`.
  if (reference.registry === 'mcr.microsoft.com' && reference.repository.startsWith('dotnet/') && /chiseled|distroless/.test(tag)) return true;
  return reference.registry === 'quay.io' && reference.repository === 'keycloak/keycloak';
}

/**
 * Official server images whose docker-entrypoint.sh starts as root only to prepare the data folder and then runs the
 * server as the image's own user (postgres, mysql, redis…): adding USER there changes nothing for the server.
 */
const STEPS_DOWN = new Set(['postgres', 'postgis/postgis', 'mysql', 'mariadb', 'mongo', 'redis', 'rabbitmq', 'cassandra', 'couchdb', 'influxdb']);

function entrypointStepsDown(image: string, entrypoint: string | undefined): boolean {
  const reference = parseImageReference(image.toLowerCase());
  if (reference.registry !== 'docker.io' || !STEPS_DOWN.has(reference.repository.replace(/^library\//, ''))) return false;
  // Only while the image's own entrypoint still runs: unset here, or named again (exec or shell form, any folder).
  return entrypoint === undefined || /^\[?\s*"?(?:[^"\s]*\/)?docker-entrypoint\.sh"?\s*(?:[,\]]|$)/.test(entrypoint);
}

/** Windows containers run as ContainerUser or ContainerAdministrator, not as a Linux root. */
function isWindowsImage(image: string): boolean {
  return /(?:^|[/:-])(?:windows|nanoserver|servercore|windowsservercore)(?:$|[/:-])/i.test(image);
}

/** The ENTRYPOINT in effect as written: the last one of the final stage, else of the nearest stage it builds on. */
function lastEntrypoint(stages: Stage[]): string | undefined {
  for (const stage of stages) {
    for (let i = stage.instructions.length - 1; i >= 0; i--) {
      const instruction = stage.instructions[i]!;
      if (instruction.getKeyword() === 'ENTRYPOINT') return instruction.getArgumentsContent()?.trim() ?? '';
    }
  }
  return undefined;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'set-non-root-user',
  title: 'Set a non-root USER for the final image',
  language: 'dockerfile',
  defaultSeverity: 'info',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'instruction:USER',
  create(context) {
    return {
      end() {
        const chain = finalStageChain(context.model);
        // A USER anywhere in the chain is last-user-not-root's to judge.
        if (!chain || chain.lastUser) return;
        const base = chain.baseImage;
        // Unknown bases (variables) may well be non-root; Windows images have their own user model.
        if (base === undefined || base.includes('$') || isWindowsImage(base) || runsAsNonRoot(base)) return;
        const keywords = new Set(chain.stages.flatMap((stage) => stage.instructions.map((instruction) => instruction.getKeyword())));
        // A Dockerfile with ONBUILD triggers is a base for other images: the images built on it choose their user.
        if (keywords.has('ONBUILD')) return;
        // Only an application image (files copied in, and a command of its own) decides how it runs; an image that merely
        // adjusts a base (a package, an ENV, a label) keeps the base's choice, and its users pick the command and user.
        if (!(keywords.has('COPY') || keywords.has('ADD')) || !(keywords.has('CMD') || keywords.has('ENTRYPOINT'))) return;
        if (entrypointStepsDown(base, lastEntrypoint(chain.stages))) return;
        const from = chain.stages[0]!.from;
        // A file without FROM has no base to judge (its baseImage is undefined, so this only narrows the type).
        if (!from) return;
        context.report({
          range: from.getArguments()[0]?.getRange() ?? from.getInstructionRange(),
          message: `The final image never sets USER, so it runs as ${base === 'scratch' ? 'UID 0 (root)' : `the base image's user, which for ${base} is usually root`}. If the application does not need root, add an unprivileged user and "USER <name>" near the end.`,
        });
      },
    };
  },
});
