// Rule: `${VAR}` expressions must be well formed, or Compose refuses the file ("invalid interpolation format").
import { defineRule } from '../../rules/defineRule';
import { scanInterpolation } from '../interpolation';
import type { ComposeModel } from '../model';
import { forEachStringValue, sourceOffsets } from '../scalars';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'valid-interpolation',
  title: 'Write ${VARIABLE} interpolation the way Compose reads it',
  language: 'dockercompose',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    return {
      end() {
        forEachStringValue(model, '${', (node) => {
          for (const error of scanInterpolation(node.value).errors) {
            const [start, end] = sourceOffsets(model, node, node.value.slice(error.start, error.end));
            context.report({
              range: model.offsetRange(start, end),
              message: `${error.message} docker compose refuses the file with "invalid interpolation format". Write "$$" for a literal dollar sign.`,
            });
          }
        });
      },
    };
  },
});
