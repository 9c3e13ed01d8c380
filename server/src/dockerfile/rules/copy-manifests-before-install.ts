// Rule: installing dependencies after `COPY . .` re-runs the install on every code change; copy the manifest first.
import type { Copy, Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { flagsOf } from '../flags';
import { instructionArguments } from '../heredocs';
import type { DockerfileModel, Stage } from '../model';
import { invocation, parseArgs } from '../shell/commands';
import { shellOf } from '../shell/packages';
import { wordRange, type RunCommand } from '../shell/run';
import type { DockerfileVisitor } from '../walker';

interface Install {
  /** What the user ran, for the message, e.g. `npm ci`. */
  label: string;
  /** The manifests the install reads; any one of them copied earlier means the user already split the COPY. */
  manifests: string[];
}

/** Recognises the dependency installs that read only a manifest and a lock file. */
function installOf(command: RunCommand): Install | undefined {
  const call = invocation(command);
  if (!call) return undefined;
  const args = call.args.map((w) => w.value);
  const { operands } = parseArgs(call.args, new Set(['r', 'requirement', 'c', 'constraint', 'w', 'workspace', 'filter']));
  const sub = operands[0]?.value;
  switch (call.name) {
    case 'npm':
      // `npm install <pkg>` or `npm install -g <tool>` adds named packages, which need no manifest.
      if ((sub === 'ci' || ((sub === 'install' || sub === 'i') && operands.length === 1)) && !args.includes('-g') && !args.includes('--global')) return { label: `npm ${sub}`, manifests: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json'] };
      return undefined;
    case 'yarn':
      if (sub === undefined || (sub === 'install' && operands.length === 1)) return { label: 'yarn install', manifests: ['package.json', 'yarn.lock'] };
      return undefined;
    case 'pnpm':
      if ((sub === 'install' || sub === 'i') && operands.length === 1) return { label: 'pnpm install', manifests: ['package.json', 'pnpm-lock.yaml'] };
      return undefined;
    case 'go':
      return sub === 'mod' && operands[1]?.value === 'download' ? { label: 'go mod download', manifests: ['go.mod', 'go.sum'] } : undefined;
    case 'bundle':
      return sub === 'install' || sub === undefined ? { label: 'bundle install', manifests: ['Gemfile', 'Gemfile.lock'] } : undefined;
    case 'composer':
      return sub === 'install' ? { label: 'composer install', manifests: ['composer.json', 'composer.lock'] } : undefined;
    case 'cargo':
      return sub === 'fetch' ? { label: 'cargo fetch', manifests: ['Cargo.toml', 'Cargo.lock'] } : undefined;
    default:
      break;
  }
  const pip = /^pip(?:\d(?:\.\d+)?)?$/.test(call.name) ? args : /^python(?:\d(?:\.\d+)?)?$/.test(call.name) && args[0] === '-m' && args[1] === 'pip' ? args.slice(2) : undefined;
  if (pip && pip[0] === 'install') {
    const files = pip.flatMap((a, i) => (a === '-r' || a === '--requirement' ? [pip[i + 1] ?? ''] : a.startsWith('--requirement=') ? [a.slice(14)] : /^-r./.test(a) ? [a.slice(2)] : []));
    if (files.length > 0 && files.every((f) => f !== '' && !f.includes('$'))) return { label: 'pip install -r', manifests: files };
  }
  return undefined;
}

function baseName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? path;
}

/** A COPY source (`package*.json`, `./go.mod`, `requirements/`) that brings the manifest, judged by path, directory or base-name glob. */
function covers(source: string, manifest: string): boolean {
  const src = source.replace(/^\.\//, '').replace(/\/+$/, '');
  const man = manifest.replace(/^\.\//, '');
  if (src === man || baseName(src) === baseName(man) || man.startsWith(src + '/') || man.includes('/' + src + '/')) return true;
  const name = baseName(src);
  if (!/[*?[]/.test(name)) return false;
  const pattern = new RegExp('^' + name.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return pattern.test(baseName(man));
}

/** `COPY . .`, `COPY ./ /app`, `ADD . /src`: the whole build context, so every source change invalidates what follows. */
function copiesWholeContext(instruction: Instruction): boolean {
  if (flagsOf(instruction).some((flag) => flag.getName() === 'from')) return false;
  const args = instructionArguments(instruction).map((a) => a.getValue());
  return args.length >= 2 && args.slice(0, -1).some((source) => source === '.' || source === './' || source === '*' || source === './*');
}

function copiedSources(instruction: Instruction): string[] {
  if (flagsOf(instruction).some((flag) => flag.getName() === 'from')) return [];
  const args = instructionArguments(instruction).map((a) => a.getValue());
  return args.slice(0, -1);
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-manifests-before-install',
  title: 'Copy dependency manifests and install before COPY . .',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'performance',
  aliases: [],
  fixable: false,
  topic: 'concept:layer-caching',
  create(context) {
    const model = context.model;
    const perStage = new Map<Stage, { sources: string[]; wholeCopy?: Instruction }>();
    const state = (stage: Stage) => {
      let s = perStage.get(stage);
      if (!s) perStage.set(stage, (s = { sources: [] }));
      return s;
    };
    const onCopy = (copy: Copy | Instruction, stage: Stage | undefined) => {
      if (!stage) return;
      const s = state(stage);
      if (!s.wholeCopy && copiesWholeContext(copy)) s.wholeCopy = copy;
      else if (!s.wholeCopy) s.sources.push(...copiedSources(copy));
    };
    return {
      COPY: onCopy,
      ADD: onCopy,
      RUN(run, stage) {
        if (!stage) return;
        const s = perStage.get(stage);
        if (!s?.wholeCopy) return;
        const shell = shellOf(model, run);
        if (!shell) return;
        for (const command of shell.commands) {
          const install = installOf(command);
          if (!install) continue;
          if (s.sources.some((source) => install.manifests.some((manifest) => covers(source, manifest)))) continue;
          const line = s.wholeCopy.getRange().start.line + 1;
          const first = command.words[0]!;
          context.report({
            range: { start: wordRange(model, first).start, end: wordRange(model, command.words[command.words.length - 1]!).end },
            message: `"${install.label}" runs after the whole source was copied (line ${line}), so any code change invalidates this layer and reinstalls every dependency. Copy ${install.manifests.slice(0, 2).join(' and ')} first, install, then COPY the rest.`,
          });
          return;
        }
      },
    };
  },
});
