// The question bank as the extension loads it (bundled JSON), with topic titles for the page.
import { topic } from '../../../server/src/content/index';
import bankJson from '../../../server/src/content/quiz/questions.json';
import type { Bank, Question } from './logic/types';
import type { QuestionView } from './messages';

export const bank = bankJson as Bank;
export const questionById: ReadonlyMap<string, Question> = new Map(bank.questions.map((q) => [q.id, q]));

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
