// Rule: compilers, toolchains and header packages installed in the shipped stage stay in the image; a build stage would leave them behind.
import { defineRule } from '../../rules/defineRule';
import { finalStageChain } from '../finalStage';
import { parseImageReference } from '../imageReference';
import type { DockerfileModel } from '../model';
import { cacheCleanupRule } from '../shell/cacheCleanupRule';
import { apkCommands, aptCommands, invocationsOfShell, rpmCommands, zypperCommands, type PackageCommand } from '../shell/packages';
import type { ShellWord } from '../shell/syntax';
import { wordRange, type RunShell } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

type Family = 'apt' | 'apk' | 'rpm' | 'zypper';

/** Packages that exist to build software, by the names Debian, Ubuntu, Alpine, Fedora/RHEL and openSUSE give them. */
const TOOLCHAINS = new Set(['build-essential', 'build-base', 'alpine-sdk', 'gcc', 'g++', 'gcc-c++', 'clang', 'make', 'cmake', 'autoconf', 'automake', 'libtool', 'ninja-build', 'golang', 'golang-go', 'go', 'rustc', 'cargo', 'rust', 'maven', 'gradle', 'default-jdk', 'default-jdk-headless']);
/** Versioned compilers (`gcc-12`, `clang-16`), JDKs (`openjdk-17-jdk`), kernel headers and `-dev`/`-devel` header packages. */
const TOOLCHAIN_PATTERNS = [/^(?:gcc|g\+\+|clang|golang)-\d+(?:\.\d+)*$/, /^openjdk-?\d+-jdk(?:-headless)?$/, /^linux-headers(?:-|$)/, /.-dev$/, /.-devel$/];

interface Installed {
  word: ShellWord;
  name: string;
  /** apk's `--virtual`/`-t` group the package was added under, which `apk del <group>` removes. */
  group?: string;
}

/** The package a word names, without the version, release or architecture the manager lets it carry. */
function packageName(word: string, family: Family): string {
  let name = word.split(/[=<>~:/]/)[0]!.toLowerCase();
  // yum, dnf and zypper write the version after a dash: `gcc-11.4.1-2.el9` is gcc.
  if (family === 'rpm' || family === 'zypper') while (/.-\d[^-]*$/.test(name)) name = name.replace(/-\d[^-]*$/, '');
  return name;
}

function isToolchain(name: string): boolean {
  return TOOLCHAINS.has(name) || TOOLCHAIN_PATTERNS.some((pattern) => pattern.test(name));
}

/**
 * Bases whose whole purpose is building software: CI servers and agents, whose jobs run compilers at run time, and
 * images tagged `devel`, which already ship a toolchain. Adding one more tool to them is what they are for.
 */
function isBuildEnvironment(image: string | undefined): boolean {
  if (image === undefined || image.includes('$')) return false;
  const { repository, tag } = parseImageReference(image.toLowerCase());
  if (/(?:^|[-.])devel(?:$|[-.])/.test(tag ?? '')) return true;
  return /^(?:jenkins\/|jenkinsci\/|gitlab\/gitlab-runner$|gitlab-org\/gitlab-runner|myoung34\/github-runner$|buildkite\/agent$)|^(?:library\/)?(?:jenkins|buildpack-deps)$/.test(repository);
}

const buildEnvironmentByModel = new WeakMap<DockerfileModel, boolean>();

/** Whether the shipped image starts from such a base, worked out once per lint. */
function buildsOnBuildEnvironment(model: DockerfileModel): boolean {
  let answer = buildEnvironmentByModel.get(model);
  if (answer === undefined) buildEnvironmentByModel.set(model, (answer = isBuildEnvironment(finalStageChain(model)?.baseImage)));
  return answer;
}

/** Each command of the four managers with its family, read once per RUN. */
function managerCommands(shell: RunShell): { command: PackageCommand; family: Family }[] {
  return [
    ...aptCommands(shell).map((command) => ({ command, family: 'apt' as const })),
    ...apkCommands(shell).map((command) => ({ command, family: 'apk' as const })),
    ...rpmCommands(shell, ['yum', 'dnf', 'dnf5', 'microdnf']).map((command) => ({ command, family: 'rpm' as const })),
    ...zypperCommands(shell).map((command) => ({ command, family: 'zypper' as const })),
  ];
}

const INSTALL: Record<Family, ReadonlySet<string>> = { apt: new Set(['install']), apk: new Set(['add']), rpm: new Set(['install']), zypper: new Set(['install', 'in']) };
const REMOVE: Record<Family, ReadonlySet<string>> = { apt: new Set(['purge', 'remove']), apk: new Set(['del']), rpm: new Set(['remove', 'erase']), zypper: new Set(['remove', 'rm']) };

/**
 * What the RUN removes again: the names its remove commands give, or everything when one names `$VARIABLES` or a
 * pattern (we cannot tell which), or when `apt-mark auto` hands the installs to an autoremove (the official images' way).
 */
function removals(shell: RunShell, commands: { command: PackageCommand; family: Family }[]): { all: boolean; names: Set<string> } {
  const names = new Set<string>();
  let all = false;
  let autoremove = false;
  for (const { command, family } of commands) {
    const sub = command.sub?.value ?? '';
    if (family === 'apt' && (sub === 'autoremove' || (REMOVE.apt.has(sub) && command.parsed.options.some((o) => o.name === 'auto-remove' || o.name === 'autoremove')))) autoremove = true;
    if (!REMOVE[family].has(sub)) continue;
    for (const word of command.operands) {
      if (word.dynamic || /[*?[\]^$]/.test(word.value)) all = true;
      else names.add(packageName(word.value, family));
    }
  }
  if (autoremove && invocationsOfShell(shell, 'apt-mark').some((call) => call.args.some((w) => w.value === 'auto'))) all = true;
  return { all, names };
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-build-tools-in-final-stage',
  title: 'Leave compilers and build toolchains out of the shipped stage',
  language: 'dockerfile',
  // A teaching hint: some images need a compiler at run time, and a single-stage file may be a dev or CI image.
  defaultSeverity: 'info',
  category: 'best-practice',
  aliases: [],
  fixable: false,
  topic: 'concept:multi-stage-builds',
  // The stages whose layers reach the final image are the ones whose caches do: the same filter as the cache rules.
  create: cacheCleanupRule((context, shell) => {
    // A RUN left open may hold the removal we cannot see.
    if (shell.incomplete) return;
    if (buildsOnBuildEnvironment(context.model)) return;
    const commands = managerCommands(shell);
    const installed: Installed[] = [];
    for (const { command, family } of commands) {
      if (!INSTALL[family].has(command.sub?.value ?? '')) continue;
      const group = family === 'apk' ? command.parsed.options.find((o) => o.name === 'virtual' || o.name === 't')?.value : undefined;
      for (const word of command.operands) if (!word.dynamic) installed.push({ word, name: packageName(word.value, family), ...(group ? { group } : {}) });
    }
    const tools = installed.filter((p) => isToolchain(p.name));
    if (tools.length === 0) return;
    const removed = removals(shell, commands);
    if (removed.all) return;
    const kept = tools
      .filter((p) => !removed.names.has(p.name) && !(p.group !== undefined && removed.names.has(p.group.toLowerCase())))
      .sort((a, b) => a.word.start - b.word.start)[0];
    if (!kept) return;
    context.report({
      range: wordRange(context.model, kept.word),
      message: `"${kept.name}" is for building software, and this RUN leaves it in the image you ship, where it only adds size and things to patch. Build in an earlier stage and COPY --from it just the result, or remove the package again in this same RUN.`,
    });
  }),
});
