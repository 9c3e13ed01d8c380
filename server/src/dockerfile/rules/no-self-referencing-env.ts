// Rule: one ENV instruction should not use a variable it defines itself: `ENV A=1 B=$A` gives B the old A, not 1.
import type { Arg, Env, Property } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-self-referencing-env',
  title: 'Do not use a variable in the ENV instruction that defines it',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'hadolint', id: 'DL3044' }],
  fixable: false,
  topic: 'instruction:ENV',
  create(context) {
    // Names defined by an earlier ARG or ENV: a reference to one of those is read as deliberate use of the earlier value.
    const known = new Set<string>();
    return {
      ARG(arg: Arg) {
        const name = arg.getProperty()?.getName();
        if (name) known.add(name);
      },
      ENV(env: Env) {
        const properties = env.getProperties().filter((property) => property.getName() !== '');
        if (properties.length > 1) {
          const names = new Set(properties.map((property) => property.getName()));
          // Names set by the properties before the current one.
          const setBefore = new Set<string>();
          for (const property of properties) {
            for (const name of referencedNames(property, context.model.document.getText.bind(context.model.document))) {
              // `PATH=/a:$PATH` appends to the earlier value on purpose, but not when this ENV already set PATH:
              // in `ENV PATH=/a:$PATH PATH=/b:$PATH` the second $PATH is still the old value, so /a is lost.
              const skip = name === property.getName() ? !setBefore.has(name) : !names.has(name) || known.has(name);
              if (skip) continue;
              context.report({
                range: property.getValueRange() ?? property.getNameRange(),
                message: `${property.getName()} uses $${name}, which this same ENV instruction sets; Docker expands it with the value from before this instruction (the base image's, or empty), not the one set here. Move ${name} into an ENV instruction of its own above this one.`,
              });
              break;
            }
            setBefore.add(property.getName());
          }
        }
        for (const property of properties) known.add(property.getName());
      },
    };
  },
});

/** Variable names a value expands (`$NAME`, `${NAME}`, `${NAME:-x}`), skipping single quotes and escaped dollars. */
function referencedNames(property: Property, textOf: (range: NonNullable<ReturnType<Property['getValueRange']>>) => string): string[] {
  const range = property.getValueRange();
  if (!range) return [];
  const raw = textOf(range);
  const names: string[] = [];
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote === '' && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = '';
    else if (c === '$' && quote !== "'") {
      const match = /^(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/.exec(raw.slice(i + 1, i + 200));
      const name = match?.[1] ?? match?.[2];
      if (name) names.push(name);
    }
  }
  return names;
}
