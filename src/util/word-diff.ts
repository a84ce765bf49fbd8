import diff from 'fast-diff';

/** One run of a word-level diff: words both sides share, or only the first / second has. */
export interface WordDiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/**
 * Word-level diff with fast-diff: each distinct word (and each run of spaces) becomes one private-use
 * character, the character strings are diffed, and the runs are mapped back to words. Words never split.
 */
export function diffWords(a: string, b: string): WordDiffPart[] {
  const dictionary = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string) =>
    (text.match(/\S+|\s+/gu) ?? [])
      .map((word) => {
        let code = dictionary.get(word);
        if (code === undefined) {
          code = String.fromCharCode(0xe000 + words.length);
          dictionary.set(word, code);
          words.push(word);
        }
        return code;
      })
      .join('');
  const encodedA = encode(a);
  const encodedB = encode(b);
  const ops: Record<number, WordDiffPart['op']> = { [diff.EQUAL]: 'equal', [diff.DELETE]: 'delete', [diff.INSERT]: 'insert' };
  return diff(encodedA, encodedB).map(([op, chars]) => ({
    op: ops[op]!,
    text: [...chars].map((char) => words[char.charCodeAt(0) - 0xe000]).join(''),
  }));
}

/** Words one text lacks and the other has. */
export interface ChangedWords {
  removed: string[];
  added: string[];
}

/** A text as `changedWords` compares it: lower-cased, dashes and punctuation made spaces, spaces collapsed. */
function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―-]/gu, ' ')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function changedComparable(a: string, b: string): ChangedWords {
  // Equal texts diff to one equal run: nothing removed, nothing added.
  if (a === b) return { removed: [], added: [] };
  const parts = diffWords(a, b);
  const pick = (op: WordDiffPart['op']) => parts.filter((part) => part.op === op).flatMap((part) => part.text.trim().split(/\s+/u)).filter(Boolean);
  return { removed: pick('delete'), added: pick('insert') };
}

/** Words removed and added between two texts (lower-cased, punctuation stripped), for explanations. */
export function changedWords(a: string, b: string): ChangedWords {
  return changedComparable(comparableText(a), comparableText(b));
}

/**
 * Whether two texts have the same words as `changedWords` compares them (it finds nothing removed or
 * added), without diffing them. A compared text is its words joined by single spaces, so two
 * different compared texts differ in their words, and a diff of them removes or adds one.
 */
export function sameWords(a: string, b: string): boolean {
  return comparableText(a) === comparableText(b);
}

/** `changedWords` and `sameWords` remembering the texts and pairs they have seen. */
export interface RememberedWordDiff {
  (a: string, b: string): ChangedWords;
  sameWords(a: string, b: string): boolean;
}

/**
 * `changedWords` for many pairs over a few texts (one quote rendered by many articles): each text is
 * normalised once and each pair of normalised texts diffed once (texts that differ only in case or
 * punctuation share their diffs). Hold it for one run, not longer: it keeps them all.
 */
export function rememberingChangedWords(): RememberedWordDiff {
  const comparable = new Map<string, string>();
  const changed = new Map<string, ChangedWords>();
  const comparableOf = (text: string) => {
    let result = comparable.get(text);
    if (result === undefined) {
      result = comparableText(text);
      comparable.set(text, result);
    }
    return result;
  };
  const remembered = (a: string, b: string): ChangedWords => {
    const [first, second] = [comparableOf(a), comparableOf(b)];
    const key = `${first}\u0000${second}`;
    let result = changed.get(key);
    if (result === undefined) {
      result = changedComparable(first, second);
      changed.set(key, result);
    }
    return { removed: [...result.removed], added: [...result.added] };
  };
  remembered.sameWords = (a: string, b: string) => comparableOf(a) === comparableOf(b);
  return remembered;
}
