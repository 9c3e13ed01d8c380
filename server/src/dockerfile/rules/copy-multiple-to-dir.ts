// Rule: COPY or ADD with several sources should name a destination ending in `/`, which the classic builder requires.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'copy-multiple-to-dir',
  title: 'End the destination with / when copying several sources',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'portability',
  aliases: [{ tool: 'hadolint', id: 'DL3021' }],
  fixable: true,
  topic: 'instruction:COPY',
  create(context) {
    const check = (instruction: Instruction) => {
      const args = copyArguments(instruction, context.model.document);
      if (!args || args.sources.length + args.heredocSources < 2) return;
      const destination = args.destination.value;
      // A destination ending in a variable may well end in a slash once expanded.
      if (/[/\\]$/.test(destination) || /\$(?:\{[^}]*\}|\w+)$/.test(destination)) return;
      const keyword = instruction.getKeyword();
      context.report({
        range: args.destination.range,
        message: `${keyword} has ${args.sources.length + args.heredocSources} sources, so "${destination}" must be a directory: write "${destination}/". The classic builder rejects several sources without the slash, and with it every builder and every reader treat the destination as a folder.`,
        // Not marked safe: where a builder accepted the form without the slash, the files could land differently.
        fix: args.json ? undefined : () => {
          const end = args.destination.range.end;
          // Inside a closing quote, the slash goes before it.
          const at = /["']$/.test(context.model.document.getText(args.destination.range)) ? { line: end.line, character: end.character - 1 } : end;
          return { title: `Add a trailing slash: ${destination}/`, edits: [{ range: { start: at, end: at }, newText: '/' }], safe: false };
        },
      });
    };
    return { COPY: check, ADD: check };
  },
});
