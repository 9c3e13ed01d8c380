// Rule: ADD of local files or folders should be COPY; ADD is for URLs, git repositories and local tar archives it unpacks.
import type { Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import { flagsOf } from '../flags';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

// ADD unpacks local tar archives, plain or compressed with gzip, bzip2, xz or zstd; a compressed file may be such an archive.
const ARCHIVE = /\.(?:tar|tgz|taz|tbz|tbz2|tb2|txz|tlz|tzst|tar\.[a-z0-9]+|gz|gzip|bz2|bzip2|xz|lz|lzma|zst|z)$/i;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
// Flags that only ADD accepts: their presence shows ADD was chosen on purpose.
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'prefer-copy',
  title: 'Use COPY for local files and folders',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'best-practice',
  aliases: [{ tool: 'hadolint', id: 'DL3020' }],
  fixable: true,
  topic: 'instruction:ADD',
  create(context) {
    return {
      ADD(add) {
        if (flagsOf(add).some((flag) => ADD_ONLY_FLAGS.has(flag.getName().toLowerCase()))) return;
        const args = copyArguments(add, context.model.document);
        if (!args || args.heredocSources > 0) return;
        // A source chosen by a variable could be a URL or an archive; only plain paths are judged.
        if (args.sources.some((source) => REMOTE.test(source.value) || ARCHIVE.test(source.value) || source.value.includes('$'))) return;
        // A glob may match archives, which ADD would unpack and COPY would not: the fix is offered only without globs.
        const safe = !args.sources.some((source) => /[*?[]/.test(source.value));
        const keyword = add.getInstructionRange();
        context.report({
          range: keyword,
          message: `ADD copies ${args.sources.length === 1 ? `"${args.sources[0]!.value}"` : 'these local paths'} just as COPY would, but also unpacks archives and fetches URLs. Use COPY for local files and folders, so the intent is plain and nothing is unpacked by surprise.`,
          fix: () => replaceKeyword(add, keyword, safe),
        });
      },
    };
  },
});

function replaceKeyword(add: Instruction, keyword: ReturnType<Instruction['getInstructionRange']>, safe: boolean) {
  // Keep the file's casing style: `add` becomes `copy`.
  const written = add.getInstruction();
  const newText = written === written.toLowerCase() ? 'copy' : 'COPY';
  return { title: 'Replace ADD with COPY', edits: [{ range: keyword, newText }], safe };
}
