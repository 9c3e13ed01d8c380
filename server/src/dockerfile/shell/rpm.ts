// yum, dnf and zypper read once for the -y and cache-cleanup rules: which subcommands ask, and what answers or cleans.
import type { Instruction } from 'dockerfile-ast';
import type { Fix } from '../../service/types';
import type { Problem } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import { hasOption, invocation } from './commands';
import { cacheMountTargets, removesPath, rpmCommands, zypperCommands, type PackageCommand } from './packages';
import { wordRange, type RunShell } from './run';

/** yum and dnf subcommands that stop at "Is this ok [y/N]" when they change packages. */
const RPM_ASKS = new Set(['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'distro-sync', 'remove', 'erase', 'autoremove', 'downgrade', 'swap', 'groupupdate', 'groupremove']);
/** zypper subcommands (and their short forms) that ask before changing packages. */
const ZYPPER_ASKS = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup']);

/** The subcommand that asks, or undefined: `group install` and `module install` count as their second word. */
export function rpmAskingSub(command: PackageCommand): string | undefined {
  const sub = command.sub?.value;
  if (!sub) return undefined;
  if ((sub === 'group' || sub === 'groups' || sub === 'module') && ['install', 'remove', 'update', 'upgrade', 'erase'].includes(command.operands[0]?.value ?? '')) return `${sub} ${command.operands[0]!.value}`;
  return RPM_ASKS.has(sub) ? sub : undefined;
}

/** -y, --assumeyes, or `--setopt=assumeyes=1`. */
export function rpmAssumesYes(command: PackageCommand): boolean {
  if (hasOption(command.parsed, 'y', 'assumeyes')) return true;
  return command.parsed.options.some((o) => o.name === 'setopt' && /^assumeyes=(?:1|true|yes)$/i.test(o.value ?? ''));
}

export function zypperAskingSub(command: PackageCommand): string | undefined {
  const sub = command.sub?.value;
  return sub && ZYPPER_ASKS.has(sub) ? sub : undefined;
}

/** `-n`/`--non-interactive` before the subcommand, or `-y`/`--no-confirm` after it. */
export function zypperNonInteractive(command: PackageCommand): boolean {
  return hasOption(command.parsed, 'n', 'non-interactive', 'y', 'no-confirm');
}

/** True when `yes | dnf install …` feeds the answers. */
export function fedYes(shell: RunShell, command: PackageCommand): boolean {
  const index = shell.commands.indexOf(command.call.command);
  const before = index > 0 ? shell.commands[index - 1] : undefined;
  return before !== undefined && before.pipesOut && invocation(before)?.name === 'yes';
}

/** The report for a package manager that will stop at its prompt, with a fix that adds the answer. */
export function promptProblem(model: DockerfileModel, command: PackageCommand, label: string, answer: string, at: 'name' | 'sub'): Problem {
  const end = wordRange(model, at === 'name' ? command.call.nameWord : command.sub!).end;
  const range = { start: wordRange(model, command.call.nameWord).start, end: wordRange(model, command.sub!).end };
  return {
    range,
    message: `"${label}" without ${answer} asks for confirmation; a build has no one to answer, so it fails. Add ${answer}.`,
    fix: (): Fix => ({ title: `Add ${answer}`, edits: [{ range: { start: end, end }, newText: ` ${answer}` }], safe: true }),
  };
}

/** The install commands of a RUN that leave a cache behind, unless the RUN cleans it, removes it, or mounts a cache over it. */
export function uncleanedInstalls(run: Instruction, shell: RunShell, family: 'yum' | 'dnf' | 'zypper'): PackageCommand[] {
  if (shell.incomplete) return [];
  const caches = family === 'zypper' ? ['/var/cache/zypp'] : ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'];
  if (cacheMountTargets(run).some((target) => caches.some((cache) => cache === target || cache.startsWith(target + '/')) || target === '/var/cache')) return [];
  if (removesPath(shell, (path) => caches.includes(path) || path === '/var/cache' || path.startsWith('/var/cache/dnf/') || path.startsWith('/var/cache/yum/'))) return [];
  if (family === 'zypper') {
    const commands = zypperCommands(shell);
    const cleaned = commands.some((c) => c.sub?.value === 'clean' || c.sub?.value === 'cc');
    return cleaned ? [] : commands.filter((c) => c.sub?.value === 'install' || c.sub?.value === 'in');
  }
  // yum is dnf on every current Red Hat family release, so either one's `clean all` empties the same cache.
  const all = rpmCommands(shell, ['yum', 'dnf', 'dnf5', 'microdnf']);
  if (all.some((c) => c.sub?.value === 'clean' && c.operands.some((w) => w.value === 'all'))) return [];
  const names = family === 'yum' ? ['yum'] : ['dnf', 'dnf5', 'microdnf'];
  return all.filter((c) => names.includes(c.call.name) && (c.sub?.value === 'install' || rpmAskingSub(c) === 'group install' || c.sub?.value === 'groupinstall'));
}

/** True for `yum module install` / `dnf module install`, whose operands are `module:stream` names. */
export function rpmModuleInstall(command: PackageCommand): boolean {
  return command.sub?.value === 'module' && command.operands[0]?.value === 'install';
}

/**
 * True when a yum/dnf operand names one version or one artifact: `name-1.2`, `name-1:1.2.3-1.el9.x86_64` (the last
 * dash-separated part starts with a digit), a comparison written as one word (`"name >= 1.2"`), a `.rpm` file or URL,
 * a `module:stream` after `module install`, or an `@group`/`@module:stream` (groups have no version to pin).
 */
export function rpmOperandPinned(name: string, command: PackageCommand): boolean {
  if (rpmModuleInstall(command)) return name === 'install' || name.includes(':');
  if (name.startsWith('@') || /[=<>]/.test(name) || name.endsWith('.rpm') || /^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return true;
  const parts = name.split('-');
  return parts.length > 1 && /^\d/.test(parts[parts.length - 1]!);
}

/** True for a yum/dnf command that installs packages by name (`install`, or `module install`); groups are left out. */
export function rpmInstalls(command: PackageCommand): boolean {
  return command.sub?.value === 'install' || rpmModuleInstall(command);
}
