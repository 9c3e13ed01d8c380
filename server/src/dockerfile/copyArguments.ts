// The sources and destination of COPY and ADD as words, from either the shell form (quotes kept together) or the JSON form.
import type { Argument, Instruction, JSONInstruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../service/types';
import { instructionArguments } from './heredocs';

export interface PathWord {
  /** The word with its quotes removed, as BuildKit reads the path. */
  value: string;
  range: Range;
}

export interface CopyArguments {
  sources: PathWord[];
  destination: PathWord;
  /** How many sources are inline heredocs (`<<EOF`), which are files written from the Dockerfile itself. */
  heredocSources: number;
  json: boolean;
}

const HEREDOC_MARKER = /^<<-?["']?[A-Za-z0-9_.-]+["']?$/;

/** The words of a COPY or ADD after its flags, or undefined when there is no destination or the JSON form does not parse. */
export function copyArguments(instruction: Instruction, document: TextDocument): CopyArguments | undefined {
  const json = instruction as JSONInstruction;
  if (typeof json.getOpeningBracket === 'function' && json.getOpeningBracket() !== null && json.getClosingBracket() !== null) {
    return jsonArguments(json, document);
  }
  const words = joinQuoted(instructionArguments(instruction));
  const heredocs = words.filter((word) => HEREDOC_MARKER.test(word.value));
  const paths = words.filter((word) => !HEREDOC_MARKER.test(word.value));
  const destination = paths.pop();
  if (!destination || paths.length + heredocs.length === 0) return undefined;
  return { sources: paths, destination, heredocSources: heredocs.length, json: false };
}

function jsonArguments(json: JSONInstruction, document: TextDocument): CopyArguments | undefined {
  const range = { start: json.getOpeningBracket()!.getRange().start, end: json.getClosingBracket()!.getRange().end };
  // A JSON array may be continued over lines; the continuation characters are not part of it.
  const text = document.getText(range).replace(/[\\`]\r?\n/g, '');
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length < 2 || !values.every((value) => typeof value === 'string')) return undefined;
  const words = (values as string[]).map((value) => ({ value, range }));
  return { sources: words.slice(0, -1), destination: words[words.length - 1]!, heredocSources: 0, json: true };
}

/** dockerfile-ast splits `"a b.txt"` into two arguments; joins them back so a quoted path is one word. */
function joinQuoted(args: Argument[]): PathWord[] {
  const words: PathWord[] = [];
  let raw = '';
  let start: Argument | undefined;
  // The open quote carries over from one argument to the next, so each argument is scanned once: linear in the line.
  let quote = '';
  for (const arg of args) {
    const value = arg.getValue();
    raw = start ? `${raw} ${value}` : value;
    start ??= arg;
    quote = quoteAfter(value, quote);
    if (quote !== '') continue;
    words.push({ value: unquote(raw), range: { start: start.getRange().start, end: arg.getRange().end } });
    start = undefined;
  }
  if (start) words.push({ value: unquote(raw), range: { start: start.getRange().start, end: args[args.length - 1]!.getRange().end } });
  return words;
}

/** The quote still open after reading `text`, starting inside `quote` ('' when none). */
function quoteAfter(text: string, quote: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quote !== "'") i++;
    else if (quote === '' && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = '';
  }
  return quote;
}

function unquote(word: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (quote === '' && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = '';
    else if (c === '\\' && quote === '"' && (word[i + 1] === '"' || word[i + 1] === '\\')) out += word[++i] ?? '';
    else out += c;
  }
  return out;
}
