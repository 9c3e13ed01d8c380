// Package-manager command lines read once for every rule: apt-get/apt, apk, pip, npm, gem, yum/dnf/microdnf and zypper, with their subcommand and packages.
import type { Env, Instruction, Run } from 'dockerfile-ast';
import { flagsOf } from '../flags';
import type { DockerfileModel, Stage } from '../model';
import { hasOption, invocation, parseArgs, type Invocation, type ParsedArgs } from './commands';
import type { ShellWord } from './syntax';
import { runShell, type RunShell } from './run';

export interface PackageCommand {
  call: Invocation;
  parsed: ParsedArgs;
  /** The subcommand word, e.g. `install`; undefined when missing. */
  sub?: ShellWord;
  /** Operands after the subcommand. */
  operands: ShellWord[];
}

const APT_VALUE_OPTIONS = new Set(['o', 'c', 't', 'a', 'option', 'config-file', 'target-release', 'default-release', 'host-architecture']);
const APK_VALUE_OPTIONS = new Set(['X', 'p', 'repository', 'root', 'arch', 'virtual', 't', 'keys-dir', 'repositories-file', 'cache-dir', 'cache-max-age', 'timeout']);
const PIP_VALUE_OPTIONS = new Set(['r', 'requirement', 'c', 'constraint', 'e', 'editable', 't', 'target', 'i', 'index-url', 'extra-index-url', 'f', 'find-links', 'prefix', 'root', 'src', 'platform', 'python-version', 'implementation', 'abi', 'upgrade-strategy', 'progress-bar', 'log', 'proxy', 'retries', 'timeout', 'exists-action', 'trusted-host', 'cert', 'client-cert', 'cache-dir', 'no-binary', 'only-binary', 'config-settings', 'global-option', 'python', 'report', 'use-feature', 'use-deprecated', 'keyring-provider', 'root-user-action']);
const GEM_VALUE_OPTIONS = new Set(['v', 'version', 'i', 'install-dir', 'n', 'bindir', 's', 'source', 'platform', 'p', 'http-proxy', 'g', 'file', 'build-root', 'target-rbconfig']);
const RPM_VALUE_OPTIONS = new Set(['c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'installroot', 'x', 'exclude', 'setopt', 'releasever', 'enablerepo', 'disablerepo', 'repo', 'repoid', 'repofrompath', 'downloaddir', 'destdir', 'R', 'randomwait', 'rpmverbosity', 'color', 'forcearch', 'disableplugin', 'enableplugin', 'module_platform_id', 'advisory', 'advisories', 'bz', 'cve', 'sec-severity', 'secseverity', 'comment', 'setopt']);
const ZYPPER_VALUE_OPTIONS = new Set(['r', 'repo', 'from', 't', 'type', 'C', 'capability', 'root', 'R', 'reposd-path', 'D', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'userdata', 'c', 'config', 'download', 'p']);
const NPM_VALUE_OPTIONS = new Set(['registry', 'prefix', 'cache', 'loglevel', 'userconfig', 'w', 'workspace', 'omit', 'include', 'tag', 'userconfig']);

function readPackageCommand(call: Invocation, valueOptions: ReadonlySet<string>): PackageCommand {
  const parsed = parseArgs(call.args, valueOptions);
  const [sub, ...operands] = parsed.operands;
  return { call, parsed, sub, operands };
}

/** `apt-get …` and `apt …` commands of a RUN. */
export function aptCommands(shell: RunShell, names: ReadonlySet<string> = new Set(['apt-get', 'apt'])): PackageCommand[] {
  const found: PackageCommand[] = [];
  for (const command of shell.commands) {
    const call = invocation(command);
    if (call && names.has(call.name)) found.push(readPackageCommand(call, APT_VALUE_OPTIONS));
  }
  return found;
}

export function apkCommands(shell: RunShell): PackageCommand[] {
  return commandsNamed(shell, ['apk'], APK_VALUE_OPTIONS);
}

/** `pip install`, `pip3 install`, `python -m pip install` and `python3 -m pip install`. */
export function pipCommands(shell: RunShell): PackageCommand[] {
  const found: PackageCommand[] = [];
  for (const command of shell.commands) {
    const call = invocation(command);
    if (!call) continue;
    if (/^pip(?:\d(?:\.\d+)?)?$/.test(call.name)) {
      found.push(readPackageCommand(call, PIP_VALUE_OPTIONS));
    } else if (/^python(?:\d(?:\.\d+)?)?$/.test(call.name) && call.args[0]?.value === '-m' && call.args[1]?.value === 'pip') {
      found.push(readPackageCommand({ ...call, args: call.args.slice(2) }, PIP_VALUE_OPTIONS));
    }
  }
  return found;
}

export function npmCommands(shell: RunShell): PackageCommand[] {
  return commandsNamed(shell, ['npm'], NPM_VALUE_OPTIONS);
}

/** `gem …` commands; words after `--` are build options for the gems' native extensions, never gems. */
export function gemCommands(shell: RunShell): PackageCommand[] {
  return commandsNamed(shell, ['gem'], GEM_VALUE_OPTIONS).map((command) => {
    const end = command.call.args.findIndex((word) => word.value === '--' && !word.dynamic);
    if (end < 0) return command;
    const buildOptions = new Set(command.call.args.slice(end + 1));
    return { ...command, operands: command.operands.filter((word) => !buildOptions.has(word)) };
  });
}

/** `yum`, `dnf` and `microdnf` commands (dnf takes yum's options; `dnf5` counts as dnf). */
export function rpmCommands(shell: RunShell, names: readonly string[]): PackageCommand[] {
  return commandsNamed(shell, names, RPM_VALUE_OPTIONS);
}

/** `zypper` commands; its global options come before the subcommand and are read the same way. */
export function zypperCommands(shell: RunShell): PackageCommand[] {
  return commandsNamed(shell, ['zypper'], ZYPPER_VALUE_OPTIONS);
}

function commandsNamed(shell: RunShell, names: readonly string[], valueOptions: ReadonlySet<string>): PackageCommand[] {
  const found: PackageCommand[] = [];
  for (const command of shell.commands) {
    const call = invocation(command);
    if (call && names.includes(call.name)) found.push(readPackageCommand(call, valueOptions));
  }
  return found;
}

/** `-o Name=value` settings given to apt, lower-cased. */
export function aptSettings(command: PackageCommand): string[] {
  return command.parsed.options.filter((o) => o.name === 'o' || o.name === 'option').map((o) => (o.value ?? '').toLowerCase());
}

/** True when apt will not stop to ask: -y, --yes, --assume-yes, -qq (which implies it) or the matching -o setting. */
export function aptAssumesYes(command: PackageCommand): boolean {
  if (hasOption(command.parsed, 'y', 'yes', 'assume-yes', 'force-yes')) return true;
  const quiet = command.parsed.options.filter((o) => o.name === 'q').length;
  if (quiet >= 2 || command.call.args.some((w) => /^(?:-q=?|--quiet=)([2-9])$/.test(w.value))) return true;
  return aptSettings(command).some((s) => /^apt::get::assume-yes=(?:1|true|yes)$/.test(s));
}

/** `apt-get install` naming no package and not asked to repair (-f): apt has nothing to add, so it neither asks nor pulls recommends. */
export function aptInstallsNothing(command: PackageCommand): boolean {
  return command.sub?.value === 'install' && command.operands.length === 0 && !hasOption(command.parsed, 'f', 'fix-broken');
}

/** The RUN's shell commands, or undefined: a small wrapper so rules read one line. */
export function shellOf(model: DockerfileModel, run: Run): RunShell | undefined {
  return runShell(model, run);
}

/** True when a RUN mounts a cache (or tmpfs) over this directory or one above it, so nothing there lands in the layer. */
export function mountsCacheOver(run: Instruction, directory: string): boolean {
  for (const flag of flagsOf(run)) {
    if (flag.getName() !== 'mount') continue;
    const value = flag.getValue() ?? '';
    const fields = new Map(value.split(',').map((kv) => [kv.split('=')[0]!.trim().toLowerCase(), kv.slice(kv.indexOf('=') + 1).trim()] as const));
    const type = fields.get('type');
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = (fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '').replace(/\/+$/, '');
    if (target !== '' && (directory === target || directory.startsWith(target + '/'))) return true;
  }
  return false;
}

/** The targets of the RUN's cache and tmpfs mounts, without trailing slashes. */
export function cacheMountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of flagsOf(run)) {
    if (flag.getName() !== 'mount') continue;
    const fields = new Map((flag.getValue() ?? '').split(',').map((kv) => [kv.split('=')[0]!.trim().toLowerCase(), kv.slice(kv.indexOf('=') + 1).trim()] as const));
    const type = fields.get('type');
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = (fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '').replace(/\/+$/, '');
    if (target !== '') targets.push(target);
  }
  return targets;
}

/** The stages whose filesystem ends up in the final image: the last stage and the stages it is built `FROM`. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  const shipped = new Set<Stage>();
  let stage: Stage | undefined = model.stages[model.stages.length - 1];
  while (stage && !shipped.has(stage)) {
    shipped.add(stage);
    const base: string | undefined = stage.from?.getImageName()?.toLowerCase();
    stage = model.stages.slice(0, stage.index).reverse().find((s: Stage) => s.name !== undefined && s.name === base);
  }
  return shipped;
}

/** True when some `rm` in the RUN deletes a path the test accepts (`rm -rf /var/cache/apk/*`). */
export function removesPath(shell: RunShell, test: (path: string) => boolean): boolean {
  return shell.commands.some((command) => {
    const call = invocation(command);
    return call?.name === 'rm' && call.args.some((w) => !w.value.startsWith('-') && test(w.value.replace(/\/+\*?$/, '')));
  });
}

/** The stage and the earlier stages it is built `FROM`, nearest first. */
export function stageLineage(model: DockerfileModel, stage: Stage): Stage[] {
  const lineage: Stage[] = [];
  let current: Stage | undefined = stage;
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    const base: string | undefined = current.from?.getImageName()?.toLowerCase();
    const index: number = current.index;
    current = model.stages.slice(0, index).reverse().find((s: Stage) => s.name !== undefined && s.name === base);
  }
  return lineage;
}

/** The image the stage's lineage starts from, lower-cased (`python:3.12-alpine`), or '' for a dynamic or missing one (no FROM). */
export function rootImage(model: DockerfileModel, stage: Stage): string {
  const lineage = stageLineage(model, stage);
  return (lineage[lineage.length - 1]!.from?.getImage() ?? '').toLowerCase();
}

/**
 * The value an ENV in this stage (or a stage it is built FROM) gives a name before `before`, or undefined when
 * no ENV in the Dockerfile sets it. The base image's own ENV cannot be seen, so undefined means "not by this file".
 */
export function envValueBefore(model: DockerfileModel, stage: Stage, name: string, before: Instruction): string | undefined {
  for (const current of stageLineage(model, stage)) {
    let value: string | undefined;
    for (const instruction of current.instructions) {
      if (instruction === before) break;
      if (instruction.getKeyword() !== 'ENV') continue;
      for (const property of (instruction as Env).getProperties()) {
        if (property.getName() === name) value = property.getValue() ?? '';
      }
    }
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The invocations of one program in a RUN, wrappers seen through. */
export function invocationsOfShell(shell: RunShell, name: string): Invocation[] {
  const found: Invocation[] = [];
  for (const command of shell.commands) {
    const call = invocation(command);
    if (call?.name === name) found.push(call);
  }
  return found;
}
