// Collapses a failed oneOf/anyOf (short or long syntax, string or list...) to the errors of the branch the user meant.
import type { SchemaError } from './schemaError';

/**
 * ajv reports every branch's errors just before the oneOf error itself. Each such block is replaced by one
 * branch's errors, chosen as the branch that got furthest into the value; nested blocks are reduced first.
 */
export function reduceAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      out.push(error);
      continue;
    }
    out.push(...bestBranch(error, takeBlock(out, error)));
  }
  return out;
}

/** Removes and returns the errors at the end of `out` that belong to the branches of `alternative`. */
function takeBlock(out: SchemaError[], alternative: SchemaError): SchemaError[] {
  const path = alternative.instancePath;
  const own = `${alternative.schemaPath}/`;
  // Keywords beside the oneOf in the same schema object (type, required...) are not part of any branch.
  const sibling = `${alternative.schemaPath.slice(0, alternative.schemaPath.lastIndexOf('/'))}/`;
  let start = out.length;
  while (start > 0) {
    const previous = out[start - 1]!;
    const inside = previous.instancePath === path || previous.instancePath.startsWith(`${path}/`);
    const besides = previous.schemaPath.startsWith(sibling) && !previous.schemaPath.startsWith(own);
    if (!inside || besides) break;
    start--;
  }
  return out.splice(start);
}

function bestBranch(alternative: SchemaError, block: SchemaError[]): SchemaError[] {
  if (block.length === 0) return [alternative];
  // A type error at the value itself means "this branch is a different shape": the user did not mean it.
  const isShapeMiss = (error: SchemaError) => error.keyword === 'type' && error.instancePath === alternative.instancePath;
  const rest = block.filter((error) => !isShapeMiss(error));
  if (rest.length === 0) {
    const types = [...new Set(block.flatMap((error) => [error.params.type].flat() as string[]))];
    return [{ ...alternative, keyword: 'type', params: { type: types } }];
  }
  const groups = groupByBranch(alternative, rest);
  let best: SchemaError[] = [];
  let bestScore = [-1, 0];
  for (const group of groups.values()) {
    // Deepest error first (the branch understood most of the value), then fewest errors.
    const score = [Math.max(...group.map((error) => error.instancePath.split('/').length)), -group.length];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) [best, bestScore] = [group, score];
  }
  return best;
}

/** Groups errors by branch index, using the schema path or the branch's $ref; unplaced errors join the one before. */
function groupByBranch(alternative: SchemaError, errors: SchemaError[]): Map<number, SchemaError[]> {
  const branches = Array.isArray(alternative.schema) ? (alternative.schema as { $ref?: string }[]) : [];
  const prefix = `${alternative.schemaPath}/`;
  const groups = new Map<number, SchemaError[]>();
  let current = -1;
  for (const error of errors) {
    let branch = -1;
    if (error.schemaPath.startsWith(prefix)) branch = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
    else branch = branches.findIndex((candidate) => candidate.$ref !== undefined && error.schemaPath.startsWith(`${candidate.$ref}/`));
    if (branch < 0 || Number.isNaN(branch)) branch = current;
    current = branch;
    groups.set(branch, [...(groups.get(branch) ?? []), error]);
  }
  return groups;
}
