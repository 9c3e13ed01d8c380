// Rule: the check directive must parse as BuildKit parses it (skip=, experimental=, error=<bool>); unknown check names are only warned about.
import { defineRule, type RuleMeta } from '../../rules/defineRule';
import { closestMatch } from '../../service/didYouMean';
import type { Range } from '../../service/types';
import type { ParserDirective } from '../directives';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';
import { dockerfileRules } from './index';

/** Every check BuildKit has had, including those we do not implement, so that naming one is never flagged. */
const BUILDKIT_CHECKS = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName', 'ReservedStageName',
  'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat', 'InvalidBaseImagePlatform', 'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
  // Names of earlier frontends.
  'SelfConsistentCommandCasing', 'FileConsistentCommandCasing', 'NoEmptyContinuations',
];

/** Go's strconv.ParseBool, which BuildKit uses for error=. */
const BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

interface Problem {
  range: Range;
  message: string;
  warning?: boolean;
}

/** BuildKit's check names: its own list and the buildkit aliases of our rules (the registry is read lazily, when the rule runs). */
function buildkitNames(rules: readonly RuleMeta[]): Set<string> {
  const names = new Set(BUILDKIT_CHECKS);
  for (const rule of rules) for (const alias of rule.aliases) if (alias.tool === 'buildkit') names.add(alias.id);
  return names;
}

/** Checks one `check` value; offsets in problems are relative to the directive's value. */
export function checkProblems(directive: ParserDirective, rules: readonly RuleMeta[]): Problem[] {
  const problems: Problem[] = [];
  const { line, character } = directive.valueRange.start;
  const at = (start: number, end: number): Range => ({ start: { line, character: character + start }, end: { line, character: character + end } });
  const value = directive.value;
  // BuildKit splits on `;` into at most three options; a fourth stays glued to the third and fails there.
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (let i = 0; i < 2; i++) {
    const semi = value.indexOf(';', offset);
    if (semi < 0) break;
    parts.push({ text: value.slice(offset, semi), offset });
    offset = semi + 1;
  }
  parts.push({ text: value.slice(offset), offset });
  const known = buildkitNames(rules);
  for (const part of parts) {
    const eq = part.text.indexOf('=');
    const whole = at(part.offset, part.offset + part.text.length);
    if (eq < 0) {
      problems.push({ range: whole, message: `"${part.text.trim()}" is not a check option: write skip=<checks>, error=true|false or experimental=<checks>; docker build stops at it.` });
      continue;
    }
    const key = part.text.slice(0, eq).trim();
    const raw = part.text.slice(eq + 1);
    const setting = raw.trim();
    if (key === 'error') {
      if (!BOOLEANS.has(setting)) problems.push({ range: whole, message: `error=${setting} is not a boolean; docker build stops at it. Write error=true or error=false.` });
    } else if (key === 'skip' || key === 'experimental') {
      if (setting === 'all') continue;
      let cursor = part.offset + eq + 1;
      for (const item of raw.split(',')) {
        const name = item.trim();
        const start = cursor + item.indexOf(name);
        cursor += item.length + 1;
        if (name === '' || known.has(name)) continue;
        // Our own ids and the peers' aliases work in our suppression; BuildKit just ignores them, which is harmless.
        const ours = rules.some((rule) => rule.id === name || rule.aliases.some((alias) => alias.tool !== 'buildkit' && alias.id.toLowerCase() === name.toLowerCase()));
        if (ours) continue;
        const near = closestMatch(name, known, Math.max(2, Math.floor(name.length / 4)));
        problems.push({
          range: at(start, start + name.length),
          message: `BuildKit has no check named "${name}", so this ${key} entry does nothing${near ? `; did you mean ${near}? Check names are case-sensitive.` : '.'}`,
          warning: true,
        });
      }
    } else {
      problems.push({ range: whole, message: `"${key}" is not a check option (skip, error or experimental, in lower case); docker build stops at it.` });
    }
  }
  return problems;
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-check-directive',
  title: 'Write the check directive as BuildKit reads it',
  language: 'dockerfile',
  defaultSeverity: 'error',
  category: 'correctness',
  aliases: [],
  fixable: false,
  create(context) {
    return {
      end() {
        for (const directive of context.model.directiveHeader.directives) {
          if (directive.name !== 'check') continue;
          for (const problem of checkProblems(directive, dockerfileRules)) {
            context.report({ range: problem.range, message: problem.message, ...(problem.warning ? { severity: 'warning' as const } : {}) });
          }
        }
      },
    };
  },
});
