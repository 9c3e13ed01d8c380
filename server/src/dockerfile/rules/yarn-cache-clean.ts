// Rule: classic yarn keeps a copy of every package it fetches in a global cache; in a shipped layer that copy is dead weight.
import type { Instruction, Run } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel, Stage } from '../model';
import { cacheCleanupRule } from '../shell/cacheCleanupRule';
import { hasOption, invocation, parseArgs, type Invocation, type ParsedArgs } from '../shell/commands';
import { cacheMountTargets, envValueBefore, removesPath, shellOf, stageLineage } from '../shell/packages';
import { wordRange, type RunShell } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

/** Options of yarn 1 that take the next word as their value, so `yarn --cwd app install` reads `install` as the subcommand. */
const YARN_VALUE_OPTIONS = new Set(['cwd', 'cache-folder', 'modules-folder', 'global-folder', 'link-folder', 'preferred-cache-folder', 'network-timeout', 'network-concurrency', 'mutex', 'registry', 'proxy', 'https-proxy', 'use-yarnrc', 'otp']);
/** Options only Yarn 2+ (Berry) knows; its cache lives elsewhere and `yarn cache clean` means something else there. */
const BERRY_OPTIONS = ['immutable', 'immutable-cache', 'check-cache', 'mode', 'inline-builds', 'refresh-lockfile'];

interface YarnCommand {
  call: Invocation;
  parsed: ParsedArgs;
  /** The words that state what runs: the subcommand, or `yarn` alone for a bare `yarn` (which installs). */
  words: string[];
}

function yarnCommands(shell: RunShell): YarnCommand[] {
  const found: YarnCommand[] = [];
  for (const command of shell.commands) {
    const call = invocation(command);
    if (call?.name !== 'yarn') continue;
    const parsed = parseArgs(call.args, YARN_VALUE_OPTIONS);
    found.push({ call, parsed, words: parsed.operands.slice(0, 2).map((w) => w.value) });
  }
  return found;
}

/** `yarn`, `yarn install`, `yarn add …` and `yarn global add …`: the commands that download into the cache. */
function installs(command: YarnCommand): boolean {
  const [sub, next] = command.words;
  if (sub === undefined) return !hasOption(command.parsed, 'v', 'version', 'h', 'help');
  return sub === 'install' || sub === 'add' || (sub === 'global' && next === 'add');
}

/** Signs of Yarn 2+ in the RUN or earlier in the stage: corepack, `yarn set version`, Berry-only commands or its .yarnrc.yml. */
function looksLikeBerry(model: DockerfileModel, stage: Stage, shell: RunShell): boolean {
  const berryCommand = (s: RunShell) =>
    s.commands.some((command) => invocation(command)?.name === 'corepack') ||
    yarnCommands(s).some((c) => (c.words[0] === 'set' && c.words[1] === 'version') || (c.words[0] === 'workspaces' && c.words[1] === 'focus') || c.words[0] === 'dlx' || hasOption(c.parsed, ...BERRY_OPTIONS));
  if (berryCommand(shell)) return true;
  for (const current of stageLineage(model, stage)) {
    for (const instruction of current.instructions) {
      if (instruction === shell.run) break;
      const keyword = model.viewOf(instruction).keyword;
      if ((keyword === 'COPY' || keyword === 'ADD') && /(?:^|[\s/"'])\.yarnrc\.yml\b|(?:^|[\s/"'])\.yarn\/releases\b/.test(instruction.getArgumentsContent() ?? '')) return true;
      if (keyword !== 'RUN') continue;
      const earlier = shellOf(model, instruction as Run);
      if (earlier && berryCommand(earlier)) return true;
    }
  }
  return false;
}

/** Where this yarn command puts its cache when the RUN says so: `--cache-folder`, or YARN_CACHE_FOLDER set in the RUN or an ENV. */
function cacheFolder(model: DockerfileModel, stage: Stage, run: Instruction, command: YarnCommand): string | undefined {
  const option = command.parsed.options.find((o) => o.name === 'cache-folder')?.value;
  if (option) return option;
  const assigned = command.call.command.assignments.find((a) => a.value.startsWith('YARN_CACHE_FOLDER='));
  if (assigned) return assigned.value.slice('YARN_CACHE_FOLDER='.length);
  return envValueBefore(model, stage, 'YARN_CACHE_FOLDER', run)?.replace(/^["']|["']$/g, '');
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'yarn-cache-clean',
  title: 'Run yarn cache clean in the RUN that installs',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [{ tool: 'hadolint', id: 'DL3060' }],
  fixable: false,
  topic: 'concept:layer-caching',
  create: cacheCleanupRule((context, shell, run, stage) => {
    const model = context.model;
    if (shell.incomplete) return;
    const commands = yarnCommands(shell);
    const install = commands.find(installs);
    if (!install || looksLikeBerry(model, stage, shell)) return;
    // Only a clean that runs after the install empties what the install filled.
    const order = (command: YarnCommand) => shell.commands.indexOf(command.call.command);
    if (commands.some((c) => c.words[0] === 'cache' && c.words[1] === 'clean' && order(c) > order(install))) return;
    const folder = cacheFolder(model, stage, run, install);
    const mounts = cacheMountTargets(run);
    if (mounts.some((target) => /yarn/i.test(target) || /(?:^|\/)\.cache$/.test(target) || (folder !== undefined && (folder === target || folder.startsWith(target + '/'))))) return;
    if (removesPath(shell, (path) => (/yarn/i.test(path) && /cache/i.test(path)) || /(?:^|\/)\.cache$/.test(path) || path === folder)) return;
    // From `yarn` to its subcommand (`yarn install`, `yarn global add`), or `yarn` alone when bare.
    const last = install.parsed.operands[install.words[0] === 'global' ? 1 : 0] ?? install.call.nameWord;
    context.report({
      range: { start: wordRange(model, install.call.nameWord).start, end: wordRange(model, last).end },
      message: 'yarn keeps a copy of every package it downloads in its global cache (often hundreds of megabytes), and that copy stays in this layer. End the same RUN with "yarn cache clean", or mount a cache at /usr/local/share/.cache/yarn.',
    });
  }),
});
