// Which questions a quiz asks: a default mix (due first, then new, spread over sections), one topic, or the rules that fired in a file.
import { dueIds, newIds, type SrsState } from './leitner';
import type { Question } from './types';

export const DEFAULT_QUIZ_SIZE = 10;

/** Round-robin over sections so a short quiz touches each of them, keeping bank order inside a section. */
export function spreadOverSections(questions: readonly Question[]): Question[] {
  const buckets = new Map<string, Question[]>();
  for (const question of questions) {
    const bucket = buckets.get(question.section) ?? [];
    bucket.push(question);
    buckets.set(question.section, bucket);
  }
  const out: Question[] = [];
  const lists = [...buckets.values()];
  for (let i = 0; out.length < questions.length; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}

/**
 * The default quiz: questions due for review first (oldest due first), then never-seen ones spread over
 * the sections, then the rest by box, so someone who has seen everything still gets a quiz.
 */
export function pickQuiz(questions: readonly Question[], srs: SrsState, now: number, size = DEFAULT_QUIZ_SIZE): string[] {
  const ids = questions.map((q) => q.id);
  const due = dueIds(srs, ids, now).sort((a, b) => srs.cards[a]!.due - srs.cards[b]!.due);
  const fresh = new Set(newIds(srs, ids));
  const freshSpread = spreadOverSections(questions.filter((q) => fresh.has(q.id))).map((q) => q.id);
  const taken = new Set([...due, ...freshSpread]);
  const rest = ids.filter((id) => !taken.has(id)).sort((a, b) => srs.cards[a]!.box - srs.cards[b]!.box || srs.cards[a]!.due - srs.cards[b]!.due);
  return [...due, ...freshSpread, ...rest].slice(0, size);
}

export function questionsForTopic(questions: readonly Question[], topicId: string): string[] {
  return questions.filter((q) => q.topic === topicId).map((q) => q.id);
}

/** Topics that actually have questions, for validating a "Test yourself" link. */
export function quizTopics(questions: readonly Question[]): Set<string> {
  return new Set(questions.map((q) => q.topic));
}

/**
 * Questions for the rules that fired in a file: each rule's topic, and for a Compose key topic with no
 * questions of its own, the Compose concept questions (a depends_on problem is a Compose lesson).
 */
export function questionsForRules(
  questions: readonly Question[],
  ruleIds: readonly string[],
  ruleTopics: ReadonlyMap<string, string | undefined>,
  size = DEFAULT_QUIZ_SIZE,
): string[] {
  const withQuestions = quizTopics(questions);
  const topics: string[] = [];
  for (const ruleId of new Set(ruleIds)) {
    const topic = ruleTopics.get(ruleId);
    if (!topic) continue;
    if (withQuestions.has(topic)) topics.push(topic);
    else if (topic.startsWith('compose:')) topics.push(...[...withQuestions].filter((t) => t.startsWith('concept:compose')));
  }
  const wanted = new Set(topics);
  // Interleave topics so every fired rule is represented before any one topic fills the quiz.
  const byTopic = [...wanted].map((topic) => questions.filter((q) => q.topic === topic).map((q) => q.id));
  const out: string[] = [];
  for (let i = 0; byTopic.some((list) => list[i]); i++) for (const list of byTopic) if (list[i] && !out.includes(list[i]!)) out.push(list[i]!);
  return out.slice(0, size);
}
