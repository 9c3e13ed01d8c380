// Rule: a COPY or ADD source that .dockerignore leaves out of the build context cannot be found by the build.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import { cleanPath } from '../dockerignore';
import type { DockerfileModel } from '../model';
import type { InstructionView } from '../view';
import type { DockerfileVisitor } from '../walker';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

/**
 * The part of a source that names a fixed context path: the whole source when it is literal, else the folders before
 * its first variable, glob or escape. Undefined when nothing fixed is left, or the path is the context root or outside it.
 */
function literalPath(source: string): { path: string; whole: boolean } | undefined {
  const wild = source.search(/[$*?[\\]/);
  const fixed = wild < 0 ? source : source.slice(0, source.lastIndexOf('/', wild) + 1);
  const path = cleanPath(fixed.replace(/^\/+/, ''));
  if (path === '.' || path === '..' || path.startsWith('../')) return undefined;
  return { path, whole: wild < 0 };
}

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'no-copy-ignored-file',
  title: 'Do not COPY or ADD files that .dockerignore excludes',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'correctness',
  aliases: [{ tool: 'buildkit', id: 'CopyIgnoredFile' }],
  fixable: false,
  topic: 'concept:build-context',
  create(context) {
    const check = (instruction: Instruction, _stage: unknown, view: InstructionView) => {
      // Copies from another stage or image never read the build context.
      if (view.flag('from')) return;
      const ignore = context.model.dockerignore;
      if (!ignore) return;
      const args = copyArguments(instruction, context.model.document);
      if (!args) return;
      const file = ignore.uri.slice(ignore.uri.lastIndexOf('/') + 1);
      for (const source of args.sources) {
        if (REMOTE.test(source.value)) continue;
        const literal = literalPath(source.value);
        if (!literal || !ignore.matcher.excludesEverythingUnder(literal.path)) continue;
        const what = literal.whole ? `"${source.value}" is` : `Everything under "${literal.path}" is`;
        context.report({
          range: source.range,
          message: `${what} left out of the build context by ${decodeURIComponent(file)}, so ${view.keyword} cannot find it and the build fails or copies nothing. Copy something else, or re-include it with a "!${literal.path}" line.`,
        });
      }
    };
    return { COPY: check, ADD: check };
  },
});
