// Looks up the Markdown content (instruction, Compose key, concept and rule docs) bundled at build time by scripts/build.mjs.
import bundle from './generated/content.json';
import quiz from './quiz/questions.json';

/** One document: front matter fields plus the Markdown body. */
export interface TopicDoc {
  title: string;
  summary: string;
  docs?: string;
  syntax?: string;
  /** For a rule doc: the topic its rule teaches, filled in at build time from the rule's metadata (or set in front matter). */
  topic?: string;
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

/** Topics that have quiz questions; only those get a "Test yourself" link. */
const quizTopics = new Set((quiz as { questions: { topic: string }[] }).questions.map((question) => question.topic));

export function hasQuizQuestions(topicId: string): boolean {
  return quizTopics.has(topicId);
}

/**
 * A Markdown command link that opens the quiz on one topic. The argument is URI-encoded JSON, as
 * VS Code expects for `command:` links; the client trusts exactly this one command in hovers.
 */
export function testYourselfLink(topicId: string): string {
  return `[Test yourself](command:containerCoach.quizTopic?${encodeURIComponent(JSON.stringify([{ topic: topicId }]))} "Open the Container Coach quiz on this topic")`;
}

/** Renders a topic as hover Markdown: title and summary first, then syntax, body and the reference link. */
export function topicMarkdown(doc: TopicDoc, topicId?: string): string {
  const parts = [`**${doc.title}** — ${doc.summary}`];
  if (doc.syntax) parts.push('```\n' + doc.syntax + '\n```');
  parts.push(doc.body);
  const links = [doc.docs ? `[Reference](${doc.docs})` : undefined, quizTopicFor(doc, topicId)].filter((link) => link !== undefined);
  if (links.length > 0) parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/**
 * The quiz link for a doc: its own topic's questions, or, for a rule doc, the questions on the topic its
 * rule teaches (`pin-base-image-tag` teaches `concept:image-tags`).
 */
function quizTopicFor(doc: TopicDoc, topicId: string | undefined): string | undefined {
  const id = topicId ?? Object.keys(topics).find((key) => topics[key] === doc);
  const taught = doc.topic;
  const quizTopic = id && hasQuizQuestions(id) ? id : typeof taught === 'string' && hasQuizQuestions(taught) ? taught : undefined;
  return quizTopic ? testYourselfLink(quizTopic) : undefined;
}

/** The topic a rule's doc offers a quiz on, when there are questions for it. */
export function ruleQuizTopic(ruleId: string): string | undefined {
  const taught = topic(`rule:${ruleId}`)?.topic;
  return taught !== undefined && hasQuizQuestions(taught) ? taught : undefined;
}
