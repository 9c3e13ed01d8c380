// Reading commands the way the programs do: wrappers such as sudo and env removed, options split from operands.
import { basename } from './programs';
import type { ShellWord } from './syntax';
import type { RunCommand } from './run';

/** A command with its wrappers removed: `sudo -E env X=1 apt-get install` is apt-get with `install`. */
export interface Invocation {
  /** Base name of the program, e.g. `apt-get` for `/usr/bin/apt-get`; empty when dynamic. */
  name: string;
  nameWord: ShellWord;
  args: ShellWord[];
  command: RunCommand;
  /** The wrapper words that were removed, e.g. `sudo`. */
  wrappers: string[];
}

const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '--user', '--group', '--host', '--prompt', '--chdir']);

/** xargs options whose value is the next word (attached forms such as `-n1` or `--max-args=1` are one word). */
const XARGS_VALUE_OPTIONS = new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-chars', '--max-lines', '--max-procs', '--process-slot-var']);

/** The program a command really runs, seeing through sudo, env, exec, command, nohup, time, nice and xargs. */
export function invocation(command: RunCommand): Invocation | undefined {
  const words = command.words;
  const wrappers: string[] = [];
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    if (word.dynamic) return undefined;
    const name = basename(word.value);
    if (name === 'sudo' || name === 'doas') {
      wrappers.push(name);
      k++;
      while (k < words.length && words[k]!.value.startsWith('-')) k += SUDO_VALUE_OPTIONS.has(words[k]!.value) ? 2 : 1;
    } else if (name === 'env') {
      wrappers.push(name);
      k++;
      while (k < words.length && (words[k]!.value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!.value))) k += words[k]!.value === '-u' ? 2 : 1;
    } else if (name === 'exec' || name === 'nohup' || name === 'time' || (name === 'command' && words[k + 1]?.value !== '-v' && words[k + 1]?.value !== '-V')) {
      wrappers.push(name);
      k++;
      while (k < words.length && words[k]!.value.startsWith('-')) k++;
    } else if (name === 'xargs') {
      // `apt-mark showmanual | xargs apt-mark auto` runs apt-mark: the official images purge build tools that way.
      wrappers.push(name);
      k++;
      while (k < words.length && words[k]!.value.startsWith('-')) k += XARGS_VALUE_OPTIONS.has(words[k]!.value) ? 2 : 1;
    } else if (name === 'nice') {
      wrappers.push(name);
      k++;
      while (k < words.length && words[k]!.value.startsWith('-')) k += words[k]!.value === '-n' ? 2 : 1;
    } else {
      return { name, nameWord: word, args: words.slice(k + 1), command, wrappers };
    }
  }
  return undefined;
}

export interface ParsedOption {
  /** The option without dashes: `y` for `-y`, `no-install-recommends` for `--no-install-recommends`. */
  name: string;
  word: ShellWord;
  value?: string;
}

export interface ParsedArgs {
  options: ParsedOption[];
  operands: ShellWord[];
}

/**
 * Splits arguments into options and operands, GNU style: short options may be bundled (`-yq`), `--name=value` and
 * `--name value` both work for options in `withValue`, and `--` ends the options.
 */
export function parseArgs(args: ShellWord[], withValue: ReadonlySet<string> = new Set()): ParsedArgs {
  const options: ParsedOption[] = [];
  const operands: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.value;
    if (text === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (text.startsWith('--') && !word.dynamic) {
      const eq = text.indexOf('=');
      const name = eq >= 0 ? text.slice(2, eq) : text.slice(2);
      if (eq >= 0) options.push({ name, word, value: text.slice(eq + 1) });
      else if (withValue.has(name)) options.push({ name, word, value: args[++i]?.value });
      else options.push({ name, word });
    } else if (text.startsWith('-') && text.length > 1 && !word.dynamic) {
      for (let c = 1; c < text.length; c++) {
        const name = text[c]!;
        if (withValue.has(name)) {
          const rest = text.slice(c + 1);
          options.push({ name, word, value: rest !== '' ? rest.replace(/^=/, '') : args[++i]?.value });
          break;
        }
        options.push({ name, word });
      }
    } else {
      operands.push(word);
    }
  }
  return { options, operands };
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((option) => names.includes(option.name));
}

/** The RUN commands that run the named programs, wrappers seen through. */
export function invocationsOf(commands: readonly RunCommand[], names: ReadonlySet<string>): Invocation[] {
  const found: Invocation[] = [];
  for (const command of commands) {
    const call = invocation(command);
    if (call && names.has(call.name)) found.push(call);
  }
  return found;
}
