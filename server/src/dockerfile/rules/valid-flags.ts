// Rule: an instruction's flags must be ones BuildKit accepts for it, each at most once, and available in the chosen frontend.
import type { Instruction } from 'dockerfile-ast';
import { closestMatch } from '../../service/didYouMean';
import { defineRule } from '../../rules/defineRule';
import { olderThan, type Frontend } from '../frontend';
import { FLAGS, type FlagSpec } from '../instructions';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-flags',
  title: 'Use only the flags each instruction accepts',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    const frontend = context.model.frontend;
    return {
      instruction(instruction: Instruction, _stage, view) {
        // A custom frontend defines its own flags; only the official one can be judged.
        if (!frontend.official) return;
        const known = FLAGS[instruction.getKeyword()];
        if (!known) return;
        const keyword = instruction.getKeyword();
        const seen = new Set<string>();
        for (const flag of view.flags) {
          const name = flag.getName();
          if (name === '') continue;
          const spec = Object.hasOwn(known, name) ? known[name] : undefined;
          const range = flag.getNameRange();
          if (!spec) {
            const suggestion = closestMatch(name, Object.keys(known));
            context.report({
              range,
              message: `${keyword} has no --${name} flag${suggestion ? `; did you mean --${suggestion}?` : `. It accepts ${Object.keys(known).map((n) => `--${n}`).join(', ')}.`}`,
            });
            continue;
          }
          if (seen.has(name) && spec.kind !== 'list') {
            context.report({ range, message: `--${name} is given twice on this ${keyword}; docker build rejects the repeat.` });
          }
          seen.add(name);
          const needs = frontendGap(spec, frontend);
          if (needs) context.report({ range, severity: 'warning', message: `${keyword} --${name} needs ${needs}; the frontend named by "# syntax=" does not accept it.` });
        }
      },
    };
  },
});

/** What frontend a flag needs when the declared one lacks it; undefined when it is available or we cannot tell. */
function frontendGap(spec: FlagSpec, frontend: Frontend): string | undefined {
  if (spec.labsOnly) {
    // Without a labs `# syntax=` line a labs-only flag is never available, whatever the engine.
    return frontend.labs ? undefined : 'the labs channel ("# syntax=docker/dockerfile:1-labs")';
  }
  if (!spec.stableSince) return undefined;
  if (frontend.labs) {
    if (spec.labsSince && !olderThan(frontend, spec.labsSince)) return undefined;
    if (!olderThan(frontend, spec.stableSince)) return undefined;
    return `docker/dockerfile:${spec.labsSince?.join('.') ?? spec.stableSince.join('.')}-labs or newer`;
  }
  return olderThan(frontend, spec.stableSince) ? `docker/dockerfile:${spec.stableSince.join('.')} or newer` : undefined;
}
