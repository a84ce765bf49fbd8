/**
 * The word that ends right before `end` (spaces skipped), lower-cased, with its start. Cues before a
 * number are single words more often than not ("killing 10", "over 40"); looking the last word up
 * in a set is much cheaper than running end-anchored patterns over the text before it.
 */
export function lastWord(text: string, end: number): { word: string; start: number } | undefined {
  let stop = end;
  while (stop > 0 && (text.charCodeAt(stop - 1) === 32 || text.charCodeAt(stop - 1) === 10 || text.charCodeAt(stop - 1) === 9)) stop--;
  let start = stop;
  while (start > 0 && isWordChar(text, start - 1)) start--;
  if (start === stop) return undefined;
  return { word: text.slice(start, stop).toLowerCase(), start };
}

const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * Whether the code unit at `index` is a letter or a dot (what `/[\p{L}.]/u` says of it): ASCII by its
 * code, without a one-character string and a pattern call per letter; other characters by the pattern.
 */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 46 || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return LETTER_OR_DOT.test(text[index]!);
}
