// Rule: ADD of an HTTP(S) URL should pin the download with --checksum, so a changed or tampered file fails the build.
import { defineRule } from '../../rules/defineRule';
import { copyArguments } from '../copyArguments';
import { flagsOf } from '../flags';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

const HTTP = /^https?:\/\//i;
// Git sources are pinned by commit, not by a file checksum.
const GIT = /\.git(?:$|[#?])/i;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'add-remote-checksum',
  title: 'Verify remote ADD downloads with --checksum',
  language: 'dockerfile',
  defaultSeverity: 'warning',
  category: 'security',
  aliases: [],
  fixable: false,
  topic: 'instruction:ADD',
  create(context) {
    return {
      ADD(add) {
        if (flagsOf(add).some((flag) => flag.getName().toLowerCase() === 'checksum')) return;
        const args = copyArguments(add, context.model.document);
        for (const source of args?.sources ?? []) {
          if (!HTTP.test(source.value) || GIT.test(source.value)) continue;
          context.report({
            range: source.range,
            message: `ADD downloads ${source.value} without checking it: if the file changes or is tampered with, the build silently ships the new content. Add --checksum=sha256:<digest> (Dockerfile syntax 1.6 or later).`,
          });
        }
      },
    };
  },
});
