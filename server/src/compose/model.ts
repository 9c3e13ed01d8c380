// The Compose model over `yaml`: every document of the file with source ranges, and the services found in them.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, YAMLParseError, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { isMergeKey, withMergesApplied } from './mergeKeys';
import { COMPOSE_PARSE_OPTIONS } from './yamlOptions';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentLine } from '../rules/suppression';
import type { BuildContext } from '../service/files';
import type { Range } from '../service/types';
import { collectNames, emptyNames, resolveProject, type ComposeProject, type NameKind, type Names } from './project';

/** One entry under `services:`, with the key node for precise ranges. */
export interface ServiceNode {
  name: string;
  key: Node;
  value: YAMLMap | undefined;
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

export interface ComposeModel {
  document: TextDocument;
  /** What the files this one refers to say; rules that need them stay quiet where they could not be read. */
  project: ComposeProject;
  /** Names declared by the top-level sections of this file's documents. */
  declared: Names;
  /** Base file name, which tells a complete project file from an override or variant. */
  fileName: string;
  documents: Document.Parsed[];
  syntaxProblems: SyntaxProblem[];
  /** Top-level maps, one per YAML document (Compose merges later documents over earlier ones). */
  roots: YAMLMap[];
  services: ServiceNode[];
  comments: CommentLine[];
  rangeOf(node: Node | Pair): Range;
  /** The range between two offsets of the file's text. */
  offsetRange(start: number, end: number): Range;
}

export function buildComposeModel(document: TextDocument, context: BuildContext): ComposeModel {
  const text = document.getText();
  const documents = parseAllDocuments(text, COMPOSE_PARSE_OPTIONS);
  const docs = Array.isArray(documents) ? documents : [];
  // Compose rejects duplicate keys, so they join the document's syntax errors and everything downstream treats them alike.
  for (const doc of docs) reportDuplicateKeys(doc.contents, doc.errors);
  const rangeOf = (node: Node | Pair): Range => offsetsToRange(document, nodeSpan(node));
  const syntaxProblems = docs.flatMap((doc) =>
    doc.errors.map((error) => ({ message: syntaxMessage(error), range: offsetsToRange(document, error.pos) })),
  );
  const roots: YAMLMap[] = [];
  const services: ServiceNode[] = [];
  for (const doc of docs) {
    if (!isMap(doc.contents)) continue;
    roots.push(doc.contents);
    const servicesNode = doc.contents.get('services', true);
    if (!isMap(servicesNode)) continue;
    for (const pair of servicesNode.items) {
      if (!isScalar(pair.key) || isMergeKey(pair.key)) continue;
      // Rules see each service as Compose does: anchors resolved and merge keys applied.
      const value = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
      services.push({ name: String(pair.key.value), key: pair.key, value: isMap(value) ? withMergesApplied(value, doc) : undefined });
    }
  }
  const project = resolveProject(document.uri, roots, services, context);
  return { document, fileName: context.fileName, project, declared: collectNames(roots, emptyNames()), documents: docs, syntaxProblems, roots, services, comments: findComments(text), rangeOf, offsetRange: (start, end) => offsetsToRange(document, [start, end]) };
}

/** yaml's first message line without its " at line N, column M:" tail, which the diagnostic's range already shows. */
function syntaxMessage(error: YAMLParseError): string {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return error.code === 'TAB_AS_INDENT' ? 'Tabs are not allowed for indentation in YAML; indent with spaces.' : message;
}

/**
 * The names of a kind that the project defines as far as this file can tell: its own plus those of included files.
 * `complete` is false when an include could not be read, so a missing name may be defined there.
 */
export function knownNames(model: ComposeModel, kind: NameKind): { names: Set<string>; complete: boolean } {
  const { project } = model;
  if (!project.hasIncludes) return { names: model.declared[kind], complete: true };
  return { names: new Set([...model.declared[kind], ...project.included[kind]]), complete: project.includesComplete && project.readable };
}

function reportDuplicateKeys(node: unknown, errors: YAMLParseError[]): void {
  if (isSeq(node)) for (const item of node.items) reportDuplicateKeys(item, errors);
  if (!isMap(node)) return;
  const seen = new Set<unknown>();
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = pair.key as Node | null;
    // Scalars compare by value; merge keys (`<<`) may repeat and complex keys are left alone.
    if (isScalar(key) && typeof key.value !== 'symbol' && key.range) {
      const id = `${typeof key.value}:${String(key.value)}`;
      if (seen.has(id)) errors.push(new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
      seen.add(id);
    }
    reportDuplicateKeys(pair.value, errors);
  }
}

function nodeSpan(node: Node | Pair): [number, number] {
  if ('range' in node && node.range) return [node.range[0], node.range[1]];
  const pair = node as Pair;
  const start = (pair.key as Node | null)?.range?.[0] ?? 0;
  const end = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1] ?? start;
  return [start, end];
}

function offsetsToRange(document: TextDocument, [start, end]: [number, number]): Range {
  return { start: document.positionAt(start), end: document.positionAt(Math.max(start, end)) };
}

// A `#` starts a YAML comment at the start of a line or after whitespace; only suppression keywords matter here.
const COMMENT = /(^|\s)#(.*)$/;

/** Finds `#` comments line by line; enough for suppression comments, which have fixed keywords. */
function findComments(text: string): CommentLine[] {
  const comments: CommentLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const match = COMMENT.exec(lines[line]!);
    if (!match) continue;
    const trailing = lines[line]!.slice(0, match.index).trim() !== '';
    comments.push({ line, text: match[2]!, trailing });
  }
  return comments;
}
