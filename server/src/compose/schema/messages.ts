// Plain-language sentences for schema errors, naming the place the way a Compose user thinks of it.
import { closestMatch } from '../../service/didYouMean';
import type { SchemaError } from './schemaError';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'a boolean',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

// Top-level sections whose entries are named resources, so `volumes.data.driver` reads as `driver of volume "data"`.
const SECTIONS: Record<string, string> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config', models: 'model' };

/** `ports[0] of service "web"`, `driver of volume "data"`, `"name"`; the file itself for the empty path. */
export function subject(path: string[]): string {
  if (path.length === 0) return 'The file';
  const [section, name, ...rest] = path;
  const kind = SECTIONS[section!];
  if (kind && name !== undefined) return rest.length === 0 ? `${kind} "${name}"` : `${formatPath(rest)} of ${kind} "${name}"`;
  return formatPath(path);
}

function formatPath(path: string[]): string {
  const text = path.map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
  return `"${text}"`;
}

function list(items: string[], joiner = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the string "${String(value)}"`;
}

/** Capitalises the sentence's first letter; subjects start lower-case mid-sentence. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function messageFor(error: SchemaError, path: string[]): string {
  const params = error.params;
  const where = subject(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closestMatch(key, allowed);
      const place = path.length === 0 ? 'at the top level' : `in ${where}`;
      const extensions = Object.keys((error.parentSchema?.patternProperties as object | undefined) ?? {}).includes('^x-');
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : extensions ? ' Custom keys must start with "x-".' : '';
      return `Unknown key "${key}" ${place}.${hint}`;
    }
    case 'type': {
      const wanted = [params.type].flat().map((type) => TYPE_NAMES[String(type)] ?? String(type));
      return sentence(`${where} must be ${list([...new Set(wanted)])}, not ${kindOf(error.data)}.`);
    }
    case 'enum':
      return sentence(`${where} must be one of ${list((params.allowedValues as unknown[]).map((value) => JSON.stringify(value)))}, not ${kindOf(error.data)}.`);
    case 'const':
      return sentence(`${where} must be ${JSON.stringify(params.allowedValue)}, not ${kindOf(error.data)}.`);
    case 'pattern': {
      const description = error.parentSchema?.description;
      return `${JSON.stringify(error.data)} is not a valid value for ${where.replace(/^The file$/, 'the file')}.${description ? ` ${description}` : ''}`;
    }
    case 'required':
      return sentence(`${where} is missing the required key "${String(params.missingProperty)}".`);
    case 'uniqueItems':
      return sentence(`${where} lists the same entry twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}); Compose rejects duplicates.`);
    case 'oneOf':
    case 'anyOf':
      return params.passingSchemas
        ? sentence(`${where} matches more than one allowed form; write it in exactly one of them.`)
        : sentence(`${where} is not written in any form Compose accepts.`);
    default:
      return sentence(`${where} ${error.message ?? 'is not valid'}.`);
  }
}
