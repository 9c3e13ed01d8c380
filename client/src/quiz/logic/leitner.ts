// Spaced repetition with Leitner boxes: a right answer moves a card up a box and further into the future, a wrong one back to box 1.
export const SRS_VERSION = 1;

/** Days until a card in box n (index n - 1) is due again. */
export const BOX_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;
export const MAX_BOX = BOX_INTERVAL_DAYS.length;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Card {
  box: number;
  /** Epoch milliseconds from which the card is due. */
  due: number;
  seen: number;
  lapses: number;
}

export interface SrsState {
  version: typeof SRS_VERSION;
  cards: Record<string, Card>;
}

export function emptySrs(): SrsState {
  return { version: SRS_VERSION, cards: {} };
}

/** Applies one graded answer. Cards for removed questions are kept harmlessly; ids are stable across bank updates. */
export function review(state: SrsState, questionId: string, correct: boolean, now: number): SrsState {
  const previous = state.cards[questionId];
  const box = correct ? Math.min((previous?.box ?? 0) + 1, MAX_BOX) : 1;
  // A miss comes back the same day, so the mistakes round and the next quiz both pick it up.
  const due = correct ? now + BOX_INTERVAL_DAYS[box - 1]! * DAY_MS : now;
  const card: Card = { box, due, seen: (previous?.seen ?? 0) + 1, lapses: (previous?.lapses ?? 0) + (correct ? 0 : 1) };
  return { ...state, cards: { ...state.cards, [questionId]: card } };
}

/** Ids among `ids` that have been answered before and whose due time has come. */
export function dueIds(state: SrsState, ids: readonly string[], now: number): string[] {
  return ids.filter((id) => {
    const card = state.cards[id];
    return card !== undefined && card.due <= now;
  });
}

/** Ids among `ids` never answered. */
export function newIds(state: SrsState, ids: readonly string[]): string[] {
  return ids.filter((id) => state.cards[id] === undefined);
}

/**
 * Reads a persisted value of any age or shape. Unknown versions and malformed cards are dropped rather
 * than trusted: losing a schedule is better than crashing the quiz.
 */
export function migrateSrs(value: unknown): SrsState {
  if (typeof value !== 'object' || value === null) return emptySrs();
  const raw = value as { version?: unknown; cards?: unknown };
  if (raw.version !== SRS_VERSION || typeof raw.cards !== 'object' || raw.cards === null) return emptySrs();
  const cards: Record<string, Card> = {};
  for (const [id, card] of Object.entries(raw.cards as Record<string, unknown>)) {
    const c = card as Partial<Card> | null;
    if (!c || !isCount(c.box) || c.box < 1 || c.box > MAX_BOX || typeof c.due !== 'number' || !Number.isFinite(c.due)) continue;
    cards[id] = { box: c.box, due: c.due, seen: isCount(c.seen) ? c.seen : 1, lapses: isCount(c.lapses) ? c.lapses : 0 };
  }
  return { version: SRS_VERSION, cards };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
