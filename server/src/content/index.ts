// Looks up the Markdown content (instruction, Compose key, concept and rule docs) bundled at build time by scripts/build.mjs.
import bundle from './generated/content.json';

/** One document: front matter fields plus the Markdown body. */
export interface TopicDoc {
  title: string;
  summary: string;
  docs?: string;
  syntax?: string;
  body: string;
}

const topics = (bundle as { topics: Record<string, TopicDoc> }).topics;

/** Where the project's sources are published; rule docs link into it. */
export const REPOSITORY_URL = 'https://github.com/container-coach/container-coach';

/** A topic by id, such as `instruction:FROM`, `compose:service.ports`, `concept:cgroups` or `rule:no-maintainer`. */
export function topic(id: string): TopicDoc | undefined {
  return Object.prototype.hasOwnProperty.call(topics, id) ? topics[id] : undefined;
}

export function topicIds(): string[] {
  return Object.keys(topics);
}

/** The web address of a rule's documentation page (its Markdown file in the repository). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/server/src/content/rules/${ruleId}.md`;
}

/** Renders a topic as hover Markdown: title and summary first, then syntax, body and the reference link. */
export function topicMarkdown(doc: TopicDoc): string {
  const parts = [`**${doc.title}** — ${doc.summary}`];
  if (doc.syntax) parts.push('```\n' + doc.syntax + '\n```');
  parts.push(doc.body);
  if (doc.docs) parts.push(`[Reference](${doc.docs})`);
  return parts.join('\n\n');
}
