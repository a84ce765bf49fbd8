/**
 * The word that ends right before `end` (spaces skipped), lower-cased, with its start. Cues before a
 * number are single words more often than not ("killing 10", "over 40"); looking the last word up
 * in a set is much cheaper than running end-anchored patterns over the text before it.
 */
export function lastWord(text: string, end: number): { word: string; start: number } | undefined {
  let stop = end;
  while (stop > 0 && (text.charCodeAt(stop - 1) === 32 || text.charCodeAt(stop - 1) === 10 || text.charCodeAt(stop - 1) === 9)) stop--;
  let start = stop;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  if (start === stop) return undefined;
  return { word: text.slice(start, stop).toLowerCase(), start };
}
