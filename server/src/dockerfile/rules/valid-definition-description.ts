// Rule (off by default, as BuildKit's check is experimental): the comment right above `FROM … AS name` or `ARG name` is read as its description, so it starts with the name.
import type { Argument } from 'dockerfile-ast';
import { defineRule } from '../../rules/defineRule';
import type { Range } from '../../service/types';
import type { DockerfileModel } from '../model';
import type { DockerfileVisitor } from '../walker';

/** Linter and directive comments are not descriptions, even right above a definition. */
const PRAGMA = /^(?:hadolint|coach-ignore(?:-file)?|dclint|shellcheck)\b|^(?:check|syntax|escape)\s*=/i;

export default defineRule<DockerfileModel, DockerfileVisitor>({
  id: 'valid-definition-description',
  title: 'Start a description comment with the stage or argument name',
  language: 'dockerfile',
  defaultSeverity: 'off',
  category: 'maintainability',
  aliases: [{ tool: 'buildkit', id: 'InvalidDefinitionDescription' }],
  fixable: false,
  topic: 'instruction:ARG',
  create(context) {
    const model = context.model;
    const commentAt = new Map(model.comments.map((comment) => [comment.line, comment]));
    /** Reports when the line right above the instruction is a comment whose first word is none of the names. */
    const check = (line: number, names: string[], range: Range, what: string, sameName: (word: string, name: string) => boolean) => {
      const above = line - 1;
      const comment = commentAt.get(above);
      // The header's directives are not comments to BuildKit; a heredoc line is data.
      if (!comment || comment.continued || above < model.directiveEnd || model.heredocLines.has(above)) return;
      const text = comment.text.trim();
      // A bare `#` ends the comments BuildKit reads as a description.
      if (text === '' || PRAGMA.test(text)) return;
      const first = text.split(/\s+/)[0]!;
      if (names.some((name) => sameName(first, name))) return;
      const example = names.length === 1 ? names[0]! : '<name>';
      context.report({
        range,
        message: `The comment right above this ${what} is what \`docker buildx build --call=outline\` shows as its description, and BuildKit expects it to start with the name: \`# ${example} <description>\`. If it is not a description, put a bare \`#\` line between them.`,
      });
    };
    return {
      FROM(from) {
        const name = from.getBuildStage();
        const range = from.getBuildStageRange();
        if (!name || !range) return;
        // BuildKit lower-cases the stage name and compares the comment's first word with it exactly: `# Build` above `AS build` is reported.
        check(from.getRange().start.line, [name], range, 'stage', (word, stage) => word === stage.toLowerCase());
      },
      ARG(arg, _stage, view) {
        const keys = view.args.map((word: Argument) => ({ word, key: word.getValue().split('=')[0]! })).filter(({ key }) => key !== '');
        if (keys.length === 0) return;
        const first = keys[0]!.word.getRange();
        const range = { start: first.start, end: { line: first.start.line, character: first.start.character + keys[0]!.key.length } };
        check(arg.getRange().start.line, keys.map(({ key }) => key), range, 'ARG', (word, key) => word === key);
      },
    };
  },
});
