// Suggests the closest known name for a misspelled one ("restrat" → "restart"), used by messages across rules.

/** The candidate nearest to `name` by edit distance, if it is within `maxDistance` edits. */
export function closestMatch(name: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("PAHT" → "PATH", "restrat" → "restart"), the
 * commonest slip when typing; gives up early (returning `limit`) once it cannot beat `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, beforePrevious[j - 2]! + 1);
      current[j] = cost;
      rowBest = Math.min(rowBest, cost);
    }
    // A swap reaches back two rows, so a row may only end the search when the one before it could not help either.
    if (rowBest >= limit && Math.min(...previous) >= limit) return limit;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
