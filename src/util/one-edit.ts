/**
 * Whether `a` becomes `b` by exactly one edit: one letter changed, added or removed, or two adjacent
 * letters swapped — what `editDistance(a, b) === 1` says (Damerau), in one pass over the strings
 * instead of a table of every prefix pair. For hot paths that only ask "is this a typo of that?"
 * (a misspelt month beside every number of every dateline).
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    // One letter changed: the rest is equal. Two adjacent letters swapped: they cross, the rest is equal.
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  // One letter added to the shorter: skipping it in the longer leaves them equal.
  return a.slice(start) === b.slice(start + 1);
}
