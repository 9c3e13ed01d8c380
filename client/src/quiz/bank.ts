// The question bank as the extension loads it (bundled JSON), with topic titles and the rule-to-topic map for "Quiz me on this file".
import { composeRules } from '../../../server/src/compose/rules/index';
import { topic } from '../../../server/src/content/index';
import { dockerfileRules } from '../../../server/src/dockerfile/rules/index';
import bankJson from '../../../server/src/content/quiz/questions.json';
import type { Bank, Question } from './logic/types';
import type { QuestionView } from './messages';

export const bank = bankJson as Bank;
export const questionById: ReadonlyMap<string, Question> = new Map(bank.questions.map((q) => [q.id, q]));

/** Rule id to its teaching topic, read from the rules' own metadata so a new rule needs no quiz change. */
export const ruleTopics: ReadonlyMap<string, string | undefined> = new Map(
  [...dockerfileRules, ...composeRules].map((rule) => [rule.id, rule.topic]),
);

export function topicTitle(id: string): string | undefined {
  return topic(id)?.title;
}

/** The external reference of a topic (Docker or kernel docs), if it has one. */
export function topicReference(id: string): string | undefined {
  return topic(id)?.docs;
}

/** A question with what the page shows about its topic. */
export function questionView(question: Question): QuestionView {
  const doc = topic(question.topic);
  const view: QuestionView = { ...question };
  if (doc) {
    view.topicTitle = doc.title;
    view.topicSummary = doc.summary;
    if (doc.docs && /^https:\/\//.test(doc.docs)) view.hasReference = true;
  }
  return view;
}
