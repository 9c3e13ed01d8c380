// Plugs the Compose model, rules, suppression comments and hover topics into the language service.
import type { LanguageEngine } from '../service/engine';
import { keyAt, topicForPath } from './keyPath';
import { insideMultiLineScalar } from './scalarLines';
import { buildComposeModel, type ComposeModel } from './model';
import { composeRules } from './rules';
import { walkCompose, type ComposeVisitor } from './walker';

export const composeEngine: LanguageEngine<ComposeModel, ComposeVisitor> = {
  build: buildComposeModel,
  rules: composeRules,
  walk: walkCompose,
  comments: (model) => model.comments,
  // In YAML a "next line" comment covers the next line that holds something other than a comment.
  nextStatement: (model) => (line) => {
    const commentLines = new Set(model.comments.filter((comment) => !comment.trailing).map((comment) => comment.line));
    for (let next = line + 1; next < model.document.lineCount; next++) {
      const text = model.document.getText({ start: { line: next, character: 0 }, end: { line: next + 1, character: 0 } });
      if (text.trim() !== '' && !commentLines.has(next)) return { start: next, end: next };
    }
    return undefined;
  },
  isDirective: () => false,
  suppressionAnchor: (model, line) => (insideMultiLineScalar(model, line) ? undefined : line),
  topicAt(model, position) {
    const offset = model.document.offsetAt(position);
    for (const root of model.roots) {
      if (!root.range || offset < root.range[0] || offset > root.range[2]) continue;
      const hit = keyAt(root, offset);
      const topic = hit && topicForPath(hit.path);
      if (hit && topic) return { topic, range: model.rangeOf(hit.key) };
    }
    return undefined;
  },
};
