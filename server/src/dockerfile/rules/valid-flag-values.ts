// Rule: flag values must parse: HEALTHCHECK durations and retries, booleans, RUN --network/--security and mount types.
import type { Flag, Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { FLAGS } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

// Go's time.ParseDuration syntax, which BuildKit uses: one or more number+unit pairs, or a bare zero.
const DURATION = /^[+-]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
const DURATION_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);
const CHOICES: Record<string, Record<string, string[]>> = {
  RUN: { network: ['default', 'none', 'host'], security: ['sandbox', 'insecure'] },
};
const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-flag-values',
  title: 'Give flags values that BuildKit can parse',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      instruction(instruction: Instruction, _stage, view) {
        if (!context.model.frontend.official) return;
        const keyword = instruction.getKeyword();
        const known = FLAGS[keyword];
        if (!known) return;
        for (const flag of view.flags) {
          const spec = Object.hasOwn(known, flag.getName()) ? known[flag.getName()] : undefined;
          if (!spec) continue;
          const problem = spec.kind === 'bool' ? checkBool(flag) : checkValue(keyword, flag);
          if (problem) context.report({ range: flag.getValueRange() ?? flag.getRange(), message: problem });
        }
      },
    };
  },
});

function checkBool(flag: Flag): string | undefined {
  const value = flag.getValue();
  if (value === null || value === '' || value.includes('$')) return undefined;
  return /^(true|false)$/i.test(value) ? undefined : `--${flag.getName()} takes true or false, not "${value}".`;
}

function checkValue(keyword: string, flag: Flag): string | undefined {
  const name = flag.getName();
  const value = flag.getValue();
  if (value === null) return `--${name} needs a value: --${name}=<value>.`;
  // Variables are expanded at build time; their value is not ours to judge.
  if (value.includes('$')) return undefined;
  if (keyword === 'HEALTHCHECK' && DURATION_FLAGS.has(name)) return checkDuration(name, value);
  if (keyword === 'HEALTHCHECK' && name === 'retries') {
    return /^\d+$/.test(value) ? undefined : `--retries takes a whole number of attempts such as 3, not "${value}".`;
  }
  const choices = CHOICES[keyword]?.[name];
  if (choices && !choices.includes(value)) return `--${name} takes ${choices.join(', ')}; "${value}" is not supported.`;
  if (keyword === 'RUN' && name === 'mount') return checkMountType(value);
  return undefined;
}

function checkDuration(name: string, value: string): string | undefined {
  if (!DURATION.test(value)) return `--${name}=${value} is not a duration: write a number with a unit, such as 30s, 1m30s or 500ms.`;
  if (value.startsWith('-')) return `--${name} cannot be negative.`;
  return undefined;
}

function checkMountType(value: string): string | undefined {
  const type = /(?:^|,)type=([^,]*)/.exec(value)?.[1];
  if (type === undefined || MOUNT_TYPES.includes(type)) return undefined;
  return `--mount type "${type}" does not exist; use one of ${MOUNT_TYPES.join(', ')}.`;
}
