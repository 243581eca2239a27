// A cheap lower bound on edit distance: each edit changes the letter counts by at most one on each side.

const SLOTS = 36;

/** Counts of a-z and 0-9 in a compact key. */
export function letterCounts(key: string): Uint8Array {
  const counts = new Uint8Array(SLOTS);
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const slot = code >= 97 ? code - 97 : code - 48 + 26;
    if (slot >= 0 && slot < SLOTS) counts[slot]! += 1;
  }
  return counts;
}

/** max(letters only in a, letters only in b): never more than the edit distance between the two keys. */
export function letterCountBound(a: Uint8Array, b: Uint8Array): number {
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < SLOTS; i++) {
    const difference = a[i]! - b[i]!;
    if (difference > 0) surplus += difference;
    else deficit -= difference;
  }
  return surplus > deficit ? surplus : deficit;
}
