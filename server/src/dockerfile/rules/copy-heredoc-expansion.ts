// Rule: COPY and ADD expand $names in a heredoc with an unquoted delimiter while building, so shell and nginx variables come out empty.
import { defineRule } from '../../rules/defineRule';
import type { Range } from '../../service/types';
import type { DockerfileModel } from '../model';
import { expandsBody, PROXY_ARGS, type VariableUse } from '../variables';
import type { InstructionView } from '../view';
import type { DockerfileVisitor } from '../walker';

/** `$@`, `$1`, `$?`…: shell parameters, which no ARG or ENV can ever set, so the build always writes "" for them. */
const SHELL_PARAMETER = /\$(?:[@*#?!$0-9]|\{[@*#?!$0-9]\})/g;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-heredoc-expansion',
  title: 'Quote the heredoc delimiter when a COPY writes $variables meant for later',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [],
  fixable: true,
  topic: 'instruction:COPY',
  create(context) {
    const { document, escape } = context.model;
    let usesByInstruction: Map<unknown, VariableUse[]> | undefined;
    const usesOf = (view: InstructionView) => {
      usesByInstruction ??= groupHeredocUses(context.model.variables.uses);
      return usesByInstruction.get(view.node) ?? [];
    };
    const check = (view: InstructionView) => {
      for (const heredoc of view.heredocs) {
        const body = heredoc.getContentRange();
        if (!body || !expandsBody(document, heredoc)) continue;
        const inBody = usesOf(view).filter((use) => contains(body, use.range));
        // Names the Dockerfile never sets, written in lower case as shell and nginx variables are: the base image is
        // no likelier to set those than the build is. Upper-case ones ($HOME, $JAVA_HOME) may well come from it.
        const unset = inBody.filter((use) => use.resolution === 'unknown' && !use.modifier && /[a-z]/.test(use.name) && !PROXY_ARGS.has(use.name));
        const found = [...unset.map((use) => ({ name: `$${use.name}`, range: use.range })), ...shellParameters(body)];
        if (found.length === 0) continue;
        found.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
        const names = [...new Set(found.map((f) => f.name))];
        const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(names.length === 2 ? ' and ' : ', ');
        // Quoting keeps every $ as written: offered only when nothing in the body is a value this Dockerfile sets.
        const setHere = inBody.some((use) => use.resolution === 'known');
        context.report({
          range: found[0]!.range,
          message: `Docker fills in ${listed} in this heredoc while it builds, because the delimiter ${heredoc.getName()} is not quoted. Nothing in this Dockerfile sets ${names.length === 1 ? 'it' : 'them'}, so the file gets an empty string instead. Write <<'${heredoc.getName()}' to keep the text as written.`,
          fix: setHere
            ? undefined
            : () => ({ title: `Quote the delimiter: <<'${heredoc.getName()}'`, edits: [{ range: heredoc.getNameRange(), newText: `'${heredoc.getName()}'` }], safe: false }),
        });
      }
    };

    /** The shell parameters in a body, skipping those behind the escape character. */
    function shellParameters(body: Range): { name: string; range: Range }[] {
      const text = document.getText(body);
      const base = document.offsetAt(body.start);
      const found: { name: string; range: Range }[] = [];
      for (const match of text.matchAll(SHELL_PARAMETER)) {
        if (text[match.index - 1] === escape) continue;
        const name = match[0].replace(/[{}]/g, '');
        found.push({ name, range: { start: document.positionAt(base + match.index), end: document.positionAt(base + match.index + match[0].length) } });
      }
      return found;
    }

    return {
      COPY: (_copy, _stage, view) => check(view),
      ADD: (_add, _stage, view) => check(view),
    };
  },
});

function groupHeredocUses(uses: readonly VariableUse[]): Map<unknown, VariableUse[]> {
  const byInstruction = new Map<unknown, VariableUse[]>();
  for (const use of uses) {
    if (!use.inHeredoc) continue;
    const list = byInstruction.get(use.instruction);
    if (list) list.push(use);
    else byInstruction.set(use.instruction, [use]);
  }
  return byInstruction;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
