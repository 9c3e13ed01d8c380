// RUN read as shell: the stage's SHELL, the command line joined across continuations, and heredoc bodies run by a shell.
import type { Heredoc, Instruction, Run } from 'dockerfile-ast';
import type { Range } from '../../service/types';
import { heredocsOf, instructionArguments } from '../heredocs';
import type { DockerfileModel, Stage } from '../model';
import type { InstructionView } from '../view';
import { parseShell } from './parse';
import { basename, isShellReadingStdin, SHELL_NAMES } from './programs';
import type { ShellCommand, ShellWord } from './syntax';

/** The shell a RUN is handed to. POSIX rules only apply when `posix` is true. */
export interface ShellInfo {
  /** Base name of the shell program: `sh`, `bash`, `powershell`, `cmd`… */
  name: string;
  posix: boolean;
  /** True when the SHELL instruction turns on `-o pipefail`. */
  pipefail: boolean;
  /** The SHELL instruction that chose it; undefined for the default. */
  source?: Instruction;
}

/** A command of a RUN, with word offsets already mapped to document offsets. */
export interface RunCommand extends ShellCommand {
  /** True for commands read from a heredoc body rather than the RUN line. */
  fromHeredoc: boolean;
}

export interface RunShell {
  run: Run;
  shell: ShellInfo;
  commands: RunCommand[];
  /** True when some quote, substitution or heredoc was left open: absence of a command proves nothing. */
  incomplete: boolean;
}

const DEFAULT_SHELL: ShellInfo = { name: 'sh', posix: true, pipefail: false };
const WINDOWS_SHELL: ShellInfo = { name: 'cmd', posix: false, pipefail: false };

const shellCache = new WeakMap<DockerfileModel, Map<Instruction, ShellInfo>>();
const runCache = new WeakMap<Instruction, RunShell | null>();
/** Each `ONBUILD RUN` trigger handed out, with its ONBUILD instruction. */
const triggerOwner = new WeakMap<Instruction, Instruction>();

/**
 * The shell in effect for each instruction, following SHELL per stage and inherited through `FROM <stage>`. An ONBUILD
 * RUN trigger runs first thing in a child image, before the child can say SHELL: it gets the shell this stage leaves in
 * its image (sh unless a SHELL in the stage says otherwise). An earlier `ONBUILD SHELL` trigger is not followed.
 */
export function shellFor(model: DockerfileModel, instruction: Instruction): ShellInfo {
  let map = shellCache.get(model);
  if (!map) {
    map = new Map();
    const endOfStage = new Map<string, ShellInfo>();
    let current = DEFAULT_SHELL;
    for (const stage of model.stages) {
      const base = stage.from?.getImageName()?.toLowerCase() ?? '';
      current = endOfStage.get(base) ?? (isWindowsImage(stage, model) ? WINDOWS_SHELL : DEFAULT_SHELL);
      const onbuilds: Instruction[] = [];
      for (const inst of stage.instructions) {
        if (inst.getKeyword() === 'SHELL') current = readShell(inst) ?? current;
        map.set(inst, current);
        if (inst.getKeyword() === 'ONBUILD') onbuilds.push(inst);
      }
      // An ONBUILD's own entry is the shell its triggers will meet: the one the stage ends with.
      for (const inst of onbuilds) map.set(inst, current);
      if (stage.name) endOfStage.set(stage.name, current);
    }
    shellCache.set(model, map);
  }
  return map.get(triggerOwner.get(instruction) ?? instruction) ?? DEFAULT_SHELL;
}

/** The RUN that an `ONBUILD RUN …` hands to child images, as an instruction with ranges inside the trigger text. */
export function onbuildRun(onbuild: InstructionView): Run | undefined {
  const trigger = onbuild.trigger?.node;
  if (!trigger || trigger.getKeyword() !== 'RUN') return undefined;
  triggerOwner.set(trigger, onbuild.node);
  return trigger as Run;
}

function isWindowsImage(stage: Stage, model: DockerfileModel): boolean {
  const image = (stage.from?.getImage() ?? '').toLowerCase();
  if (/windows|servercore|nanoserver|ltsc20\d\d/.test(image)) return true;
  // `# escape=`` ` is what Windows Dockerfiles use so that backslashes stay path separators.
  return model.ast.getEscapeCharacter() === '`' && !/alpine|debian|ubuntu|busybox/.test(image);
}

function readShell(instruction: Instruction): ShellInfo | undefined {
  const json = (instruction as unknown as { getJSONStrings?: () => { getJSONValue(): string }[] }).getJSONStrings?.();
  if (!json || json.length === 0) return undefined;
  const args = json.map((a) => a.getJSONValue());
  const name = basename(args[0]!.replace(/\\/g, '/')).toLowerCase().replace(/\.exe$/, '');
  const posix = SHELL_NAMES.has(name);
  let pipefail = false;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === 'pipefail' && /^-[a-z]*o$/i.test(args[i - 1] ?? '')) pipefail = true;
  }
  // dash (Debian's sh) only learned pipefail recently; a SHELL naming sh with pipefail is taken at its word.
  return { name, posix, pipefail, source: instruction };
}

/** The RUN as shell commands, or undefined for exec form, a non-POSIX SHELL, or an empty RUN. Cached per instruction. */
export function runShell(model: DockerfileModel, run: Run): RunShell | undefined {
  const cached = runCache.get(run);
  if (cached !== undefined) return cached ?? undefined;
  const result = buildRunShell(model, run);
  runCache.set(run, result ?? null);
  return result;
}

function buildRunShell(model: DockerfileModel, run: Run): RunShell | undefined {
  if (run.getKeyword() !== 'RUN') return undefined;
  if (run.getOpeningBracket() !== null && run.getClosingBracket() !== null) return undefined;
  const shell = shellFor(model, run);
  if (!shell.posix) return undefined;
  const args = instructionArguments(run);
  if (args.length === 0) return undefined;
  const document = model.document;
  const from = document.offsetAt(args[0]!.getRange().start);
  const to = document.offsetAt(args[args.length - 1]!.getRange().end);
  const { text, offsets } = joinContinuations(document.getText().slice(from, to), from, model.ast.getEscapeCharacter());
  const line = parseShell(text);
  // BuildKit reads no heredoc in an ONBUILD line: its trigger is one line of text.
  const heredocs = triggerOwner.has(run) ? [] : heredocsOf(run);
  const heredocRedirects = line.commands.flatMap((command) => command.redirects.filter((r) => r.op === '<<' || r.op === '<<-').map((r) => ({ command, r })));
  // BuildKit runs a lone `<<EOF` as the script itself; otherwise the heredoc is stdin of the command that names it.
  const alone = heredocs.length > 0 && line.commands.length === 1 && line.commands[0]!.words.length === 0 && line.commands[0]!.redirects.length === 1 && heredocRedirects.length === 1;
  const commands: RunCommand[] = alone ? [] : line.commands.map((command) => mapCommand(command, offsets, false));
  let incomplete = line.incomplete;
  if (heredocs.length > 0) {
    heredocs.forEach((heredoc, index) => {
      const owner = heredocRedirects[index]?.command;
      const isScript = index === 0 && alone ? !hasForeignShebang(model, heredoc) : owner !== undefined && isShellReadingStdin(owner.words.map((w) => w.value)) && !hasForeignShebang(model, heredoc);
      if (!isScript) return;
      const body = bodyText(model, heredoc);
      if (!body) return;
      const parsed = parseShell(body.text);
      incomplete ||= parsed.incomplete;
      for (const command of parsed.commands) commands.push(mapCommand(command, undefined, true, body.offset));
    });
  }
  return { run, shell, commands, incomplete };
}

function bodyText(model: DockerfileModel, heredoc: Heredoc): { text: string; offset: number } | undefined {
  const range = heredoc.getContentRange();
  if (!range) return undefined;
  const start = model.document.offsetAt(range.start);
  const end = model.document.offsetAt(range.end);
  return { text: model.document.getText().slice(start, end), offset: start };
}

const SHELL_SHEBANG = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:sh|bash|dash|ash|zsh|ksh)\b/;

/** A heredoc that starts with `#!` for anything but a shell (python, node…) is not shell. */
function hasForeignShebang(model: DockerfileModel, heredoc: Heredoc): boolean {
  const range = heredoc.getContentRange();
  if (!range) return false;
  const first = model.document.getText({ start: range.start, end: { line: range.start.line + 1, character: 0 } }).trim();
  return first.startsWith('#!') && !SHELL_SHEBANG.test(first);
}

/**
 * Joins Dockerfile continuation lines as BuildKit does: the escape character at a line's end joins it to the next,
 * and blank or comment lines inside the instruction are dropped. Returns the text and each character's document offset.
 */
function joinContinuations(raw: string, base: number, escape: string): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(raw.length + 1);
  let text = '';
  let n = 0;
  const lines = raw.split('\n');
  let at = 0;
  for (let li = 0; li < lines.length; li++) {
    const full = lines[li]!;
    const lineStart = at;
    at += full.length + 1;
    let line = full.endsWith('\r') ? full.slice(0, -1) : full;
    if (li > 0 && (/^\s*$/.test(line) || /^\s*#/.test(line))) continue;
    const trimmed = line.replace(/[ \t]+$/, '');
    const continued = li < lines.length - 1 && trimmed.endsWith(escape);
    if (continued) line = trimmed.slice(0, -1);
    text += line;
    for (let k = 0; k < line.length; k++) offsets[n++] = base + lineStart + k;
    if (!continued && li < lines.length - 1) {
      // An unescaped newline inside the arguments can only come from a heredoc marker line; keep it.
      text += '\n';
      offsets[n++] = base + lineStart + line.length;
    }
  }
  offsets[n] = n > 0 ? offsets[n - 1]! + 1 : base;
  return { text, offsets: offsets.subarray(0, n + 1) };
}

function mapCommand(command: ShellCommand, offsets: Int32Array | undefined, fromHeredoc: boolean, shift = 0): RunCommand {
  const map = (word: ShellWord): ShellWord => {
    if (!offsets) return { ...word, start: word.start + shift, end: word.end + shift };
    const last = Math.max(word.start, word.end - 1);
    return { ...word, start: offsets[word.start]!, end: word.end > word.start ? offsets[last]! + 1 : offsets[word.start]! };
  };
  return {
    ...command,
    words: command.words.map(map),
    assignments: command.assignments.map(map),
    redirects: command.redirects.map((r) => ({ ...r, target: r.target && map(r.target) })),
    fromHeredoc,
  };
}

/** The document range of a mapped word. */
export function wordRange(model: DockerfileModel, word: ShellWord): Range {
  return { start: model.document.positionAt(word.start), end: model.document.positionAt(word.end) };
}

/** The range from a command's first word to its last. */
export function commandRange(model: DockerfileModel, command: ShellCommand): Range | undefined {
  const first = command.words[0] ?? command.assignments[0];
  const last = command.words[command.words.length - 1] ?? first;
  if (!first || !last) return undefined;
  return { start: model.document.positionAt(first.start), end: model.document.positionAt(last.end) };
}
