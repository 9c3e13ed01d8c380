// Rule: `go install`, `go get` and `go run` of a remote package should name the version they fetch; off by default like the other pin-* rules.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import type { DockerfileModel, Stage } from '../model';
import type { ShellWord } from '../shell/syntax';
import { invocationsOfShell, stageLineage } from '../shell/packages';
import { wordRange } from '../shell/run';
import { shellRule } from '../shell/shellRule';
import type { DockerfileVisitor } from '../walker';

/** Build flags of go install, get and run that take the next word as their value (Go flags have one dash or two, and may use `=`). */
const GO_VALUE_FLAGS = new Set(['C', 'p', 'asmflags', 'buildmode', 'compiler', 'exec', 'gccgoflags', 'gcflags', 'installsuffix', 'ldflags', 'mod', 'modfile', 'overlay', 'pgo', 'pkgdir', 'tags', 'toolexec', 'coverpkg', 'covermode']);
/** Version queries that move: resolved to whatever is newest when the build runs. */
const FLOATING = /^(?:latest|upgrade|patch|main|master)$|^[<>]/;
/** The go commands that fetch a package by path: install and run build it, get adds it to go.mod. */
type GoCommand = 'install' | 'get' | 'run';

/** The package operands of `go install|get|run …`, flags and their values skipped; `go run` takes one, the rest are the program's. */
function goPackageOperands(args: ShellWord[]): { command: GoCommand; operands: ShellWord[] } | undefined {
  const command = args[0]?.value;
  if (command !== 'install' && command !== 'get' && command !== 'run') return undefined;
  const operands: ShellWord[] = [];
  for (let i = 1; i < args.length; i++) {
    const text = args[i]!.value;
    if (text === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!text.startsWith('-') || args[i]!.dynamic) operands.push(args[i]!);
    else if (!text.includes('=') && GO_VALUE_FLAGS.has(text.replace(/^--?/, ''))) i++;
  }
  return { command, operands: command === 'run' ? operands.slice(0, 1) : operands };
}

/**
 * A module path whose first element is a domain (`github.com/…`, `golang.org/x/…`); local and standard-library paths
 * are not, nor `main.go`: Go reads an operand ending in .go as a source file.
 */
function isRemote(path: string): boolean {
  return !path.startsWith('.') && !path.startsWith('/') && !path.endsWith('.go') && (path.split('/')[0] ?? '').includes('.');
}

/** True when an earlier COPY or ADD of the stage (or a stage it is built FROM) may bring a go.mod: it then decides the version. */
function copiesGoMod(model: DockerfileModel, stage: Stage, run: Instruction): boolean {
  for (const current of stageLineage(model, stage)) {
    for (const instruction of current.instructions) {
      if (instruction === run) break;
      const keyword = model.viewOf(instruction).keyword;
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      // `.` copies the whole context, go.mod included if there is one.
      const sources = copyArguments(instruction, model.document)?.sources ?? [];
      if (sources.some((source) => /(?:^|\/)go\.mod$/.test(source.value) || /^\.\/?$/.test(source.value))) return true;
    }
  }
  return false;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'pin-go-install',
  title: 'Pin the version of packages fetched by go install, get and run',
  language: 'dockerfile',
  // Off by default, as the other pin-* rules: many images take a tool's latest release on purpose.
  defaultSeverity: 'off',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3062' }],
  fixable: false,
  create: shellRule((context, shell, run, stage) => {
    for (const call of invocationsOfShell(shell, 'go')) {
      const found = goPackageOperands(call.args);
      if (!found) continue;
      for (const word of found.operands) {
        if (word.dynamic) continue;
        const at = word.value.indexOf('@');
        const path = at < 0 ? word.value : word.value.slice(0, at);
        if (!isRemote(path)) continue;
        const range = wordRange(context.model, word);
        if (at >= 0) {
          const version = word.value.slice(at + 1);
          if (!FLOATING.test(version)) continue;
          context.report({
            range,
            message: `"@${version}" is looked up when the build runs, so two builds of this file can ${found.command === 'get' ? 'add' : found.command} different versions of ${path}. Name one: ${path}@<version>.`,
          });
        } else if (found.command === 'get') {
          // Unlike install and run, get without a version is a query: it means @upgrade, whatever go.mod says.
          context.report({
            range,
            message: `"go get ${path}" with no version upgrades it to the newest release when the build runs (in GOPATH mode, the default branch). Name one: ${path}@<version>.`,
          });
        } else if (!stage || !copiesGoMod(context.model, stage, run)) {
          context.report({
            range,
            message: `"${path}" names no version: outside a module Go 1.16+ refuses it, and older Go builds whatever GOPATH holds. Name one: ${path}@<version>.`,
          });
        }
      }
    }
  }),
});
