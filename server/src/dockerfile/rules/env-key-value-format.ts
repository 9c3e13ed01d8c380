// Rule: `ENV key value` is the legacy form; `ENV key=value` is unambiguous and lets one line set several variables.
import type { Instruction, Property } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { Fix } from '../../service/types';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'env-key-value-format',
  title: 'Write ENV and LABEL as key=value',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'LegacyKeyValueFormat' }],
  fixable: true,
  topic: 'instruction:ENV',
  create(context) {
    const check = (instruction: Instruction) => {
      const properties = (instruction as unknown as { getProperties?: () => Property[] }).getProperties?.() ?? [];
      const [property] = properties;
      // The legacy form has exactly one name followed by whitespace and a value, with no '='.
      if (properties.length !== 1 || property!.getAssignmentOperator() !== null || property!.getValue() === null) return;
      const keyword = instruction.getInstruction();
      const name = property!.getName();
      context.report({
        range: instruction.getArgumentsRange() ?? property!.getRange(),
        message: `"${keyword} ${name} <value>" is the legacy form, which reads the whole rest of the line as one value. Write ${keyword} ${name}=<value>.`,
        fix: () => keyValueFix(instruction, property!),
      });
    };
    return { ENV: check, LABEL: check };
  },
});

/** Rewrites a one-line legacy pair as key=value, quoting the value when it holds spaces; no fix when quoting could change it. */
function keyValueFix(instruction: Instruction, property: Property): Fix | undefined {
  const range = instruction.getArgumentsRange();
  const value = property.getValue();
  const raw = instruction.getRawArgumentsContent() ?? '';
  if (!range || value === null || range.start.line !== range.end.line || /["'\\`]/.test(raw)) return undefined;
  const newText = `${property.getName()}=${/\s/.test(value) || value === '' ? JSON.stringify(value) : value}`;
  return { title: `Write ${newText}`, edits: [{ range, newText }], safe: true };
}
