// Validates each document of a Compose file against the compose-spec schema and places every error on its key or value.
import { isMap, type Document, type Node } from 'yaml';
import type { Range } from '../../service/types';
import { isProjectFile } from '../fileKind';
import { scanInterpolation } from '../interpolation';
import type { ComposeModel } from '../model';
import { reduceAlternatives } from './alternatives';
import validate = require('./generated/composeValidator');
import { documentValue } from './jsValue';
import { loaderProblems, nonStringKeyMessage, nonStringKeys } from './loaderChecks';
import { Locator, pointerSegments, type Located } from './locate';
import { messageFor } from './messages';
import type { SchemaError } from './schemaError';

export interface SchemaProblem {
  message: string;
  range: Range;
}

export function validateComposeSchema(model: ComposeModel): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  model.documents.forEach((doc, index) => {
    // Syntax errors are valid-yaml's to report; a half-parsed value would only add noise.
    if (doc.errors.length > 0 || doc.contents === null) return;
    // Later documents are merged over earlier ones, and non-project files over a base file: both may be partial.
    const partial = index > 0 || !isProjectFile(model.fileName);
    for (const problem of validateDocument(model, doc, partial)) {
      // An error inside an anchor shows once at the anchor, however many services reuse it.
      const id = `${JSON.stringify(problem.range)}:${problem.keyword}`;
      if (!seen.has(id)) problems.push({ message: problem.message, range: problem.range });
      seen.add(id);
    }
  });
  // ajv reports in schema order; readers and editors expect file order.
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function validateDocument(model: ComposeModel, doc: Document.Parsed, partial: boolean): (SchemaProblem & { keyword: string })[] {
  const result = documentValue(doc);
  if (!('value' in result)) {
    const start = model.rangeOf(doc.contents as Node).start;
    return [{ keyword: 'alias', range: { start, end: { line: start.line + 1, character: 0 } }, message: 'This file expands YAML aliases so many times that Compose would refuse it as a resource-exhaustion attack; the schema was not checked.' }];
  }
  const problems: (SchemaProblem & { keyword: string })[] = [];
  const locator = new Locator(doc);
  // What Compose checks while loading, beyond the schema; only once the shape is right, as Compose does.
  if (validate(result.value)) {
    for (const key of nonStringKeys(doc.contents)) {
      problems.push({ keyword: 'loader', range: model.rangeOf(key), message: nonStringKeyMessage(key) });
    }
    const whole = !partial && model.documents.length === 1 && !model.project.overrideBeside;
    for (const problem of loaderProblems(result.value, partial, whole, importedService(model))) {
      const located = locator.locate(problem.path);
      const node = ((problem.atKey ? located.key : undefined) ?? located.value ?? located.key ?? doc.contents) as Node;
      problems.push({ keyword: 'loader', range: model.rangeOf(node), message: problem.message });
    }
    return problems;
  }
  for (const error of reduceAlternatives(validate.errors ?? [])) {
    // Compose interpolates `${VAR}` and `$VAR` before it validates, so a type written as a variable is not wrong.
    if (typeof error.data === 'string' && interpolates(error.data)) continue;
    const path = pointerSegments(error.instancePath);
    const located = locator.locate(path);
    // A base file can supply required keys of a mapping, but list items (ports, mounts) are merged whole.
    if (error.keyword === 'required' && partial && !located.inList) continue;
    problems.push({ keyword: error.keyword, message: messageFor(error, path), range: model.rangeOf(placeOf(error, locator, doc, path, located)) });
  }
  return problems;
}

/** Whether an included file may define the service: it does, or an include could not be read to tell. */
function importedService(model: ComposeModel): (service: string) => boolean {
  const { project } = model;
  if (!project.hasIncludes) return () => false;
  if (!project.includesComplete || !project.readable) return () => true;
  return (service) => project.included.services.has(service);
}

/** The node to underline: the unknown key, the key missing something, or the wrong value. */
function placeOf(error: SchemaError, locator: Locator, doc: Document.Parsed, path: string[], located: Located): Node {
  const fallback = (located.value ?? located.key ?? doc.contents) as Node;
  if (error.keyword === 'additionalProperties') return locator.locate([...path, String(error.params.additionalProperty)]).key ?? fallback;
  if (error.keyword === 'uniqueItems') return locator.locate([...path, String(error.params.i)]).value ?? fallback;
  if (error.keyword === 'required') {
    if (located.key) return located.key;
    // A list item has no key of its own; its first key marks it without underlining the whole block.
    const value = located.value;
    if (isMap(value) && value.items[0]?.key) return value.items[0].key as Node;
  }
  return fallback;
}

/** True when Compose would substitute something in the value: `$NAME` or `${...}`; a `$$` escape alone does not count. */
function interpolates(value: string): boolean {
  const { uses, errors } = scanInterpolation(value);
  return uses.length > 0 || errors.length > 0;
}
