// Parser directives read the way BuildKit reads them: only at the very top, only syntax/escape/check, each once.
import type { Range } from '../service/types';

export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface ParserDirective {
  name: DirectiveName;
  /** The value after `=`, trimmed as BuildKit trims it. */
  value: string;
  line: number;
  valueRange: Range;
}

export interface DirectiveHeader {
  /** The directives BuildKit honours, in file order (a repeated one only at its first place). */
  directives: ParserDirective[];
  /** Second and later occurrences of a directive in the header, which make BuildKit fail. */
  repeated: ParserDirective[];
  /** The first line that is no longer part of the header. */
  end: number;
}

const NAMES = new Set<string>(['syntax', 'escape', 'check']);
// BuildKit's pattern: `#`, optional blanks, a name starting with a letter, `=`, a non-empty value; blanks around are free.
const DIRECTIVE = /^([ \t]*#[ \t]*)([a-zA-Z][a-zA-Z0-9]*)([ \t]*=[ \t]*)(.*?)[ \t]*$/;

/** Parses one line as a directive candidate; undefined when it does not have the shape at all. */
export function directiveOnLine(text: string, line: number): (ParserDirective & { known: boolean }) | undefined {
  const match = DIRECTIVE.exec(text);
  if (!match || match[4] === '') return undefined;
  const key = match[2]!.toLowerCase();
  const start = match[1]!.length + match[2]!.length + match[3]!.length;
  return {
    name: key as DirectiveName,
    known: NAMES.has(key),
    value: match[4]!,
    line,
    valueRange: { start: { line, character: start }, end: { line, character: start + match[4]!.length } },
  };
}

/**
 * Reads the header: it ends at the first line that is not a known directive (a blank line, any other comment, an
 * instruction, or an unknown `# key=value`). A `#!` first line is passed over, as BuildKit does when it looks for `syntax`.
 */
export function readDirectiveHeader(text: string): DirectiveHeader {
  const directives: ParserDirective[] = [];
  const repeated: ParserDirective[] = [];
  const seen = new Set<string>();
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let content = text.slice(start, end);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if (line === 0 && content.startsWith('\uFEFF')) content = content.slice(1);
    const shebang = line === 0 && content.startsWith('#!');
    if (!shebang) {
      const directive = directiveOnLine(content, line);
      if (!directive || !directive.known) break;
      const { known: _known, ...plain } = directive;
      if (seen.has(directive.name)) repeated.push(plain);
      else {
        seen.add(directive.name);
        directives.push(plain);
      }
    }
    line++;
    if (end === text.length) break;
    start = end + 1;
  }
  return { directives, repeated, end: line };
}
