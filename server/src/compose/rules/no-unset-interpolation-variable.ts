// Rule: a `${VAR}` without a default should be set in `.env`; otherwise Compose substitutes an empty string unless the shell sets it.
import { defineRule } from '../../rules/defineRule';
import { LOGIN_VARIABLES, scanInterpolation } from '../interpolation';
import type { ComposeModel } from '../model';
import { forEachStringValue, sourceOffsets } from '../scalars';
import type { ComposeVisitor } from '../walker';

export default defineRule<ComposeModel, ComposeVisitor>({
  id: 'no-unset-interpolation-variable',
  title: 'Give interpolated variables a value or a default',
  language: 'dockercompose',
  defaultSeverity: 'info',
  category: 'correctness',
  aliases: [],
  fixable: false,
  topic: 'concept:compose-basics',
  create(context) {
    const { model } = context;
    const { dotEnv, envFiles } = model.project;
    return {
      end() {
        // Without a readable folder nothing is known about `.env`, and the shell may set anything.
        if (dotEnv === undefined) return;
        forEachStringValue(model, '$', (node) => {
          let after = 0;
          for (const use of scanInterpolation(node.value).uses) {
            const text = node.value.slice(use.start, use.end);
            const [start, end] = sourceOffsets(model, node, text, after);
            // Nested uses sit inside the previous one, so the next search starts just after this one's start.
            after = start - (node.range?.[0] ?? 0) + 1;
            // `:-`/`-` give a default, `:+`/`+` an alternative, and `:?`/`?` fail on purpose with the author's message.
            // COMPOSE_* variables (COMPOSE_PROJECT_NAME, COMPOSE_PROFILES...) are set by Compose itself or its caller.
            if (use.modifier !== undefined || dotEnv.has(use.name) || LOGIN_VARIABLES.has(use.name) || use.name.startsWith('COMPOSE_')) continue;
            const envFile = [...envFiles].find(([, names]) => names.has(use.name))?.[0];
            context.report({
              range: model.offsetRange(start, end),
              message: envFile
                ? `"${use.name}" is set in the env_file ${envFile}, but env files only reach the container: Compose interpolates this file from the shell and .env, so it becomes an empty string here. Add it to .env or write \${${use.name}:-default}.`
                : `"${use.name}" has no default and is not set in .env: unless the shell sets it, Compose warns and substitutes an empty string. Add it to .env or write \${${use.name}:-default}.`,
            });
          }
        });
      },
    };
  },
});
