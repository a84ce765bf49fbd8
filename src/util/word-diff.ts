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

/** Words removed and added between two texts (lower-cased, punctuation stripped), for explanations. */
export function changedWords(a: string, b: string): { removed: string[]; added: string[] } {
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[‐-―-]/gu, ' ')
      .replace(/[^\p{L}\p{N}\s']/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
  const parts = diffWords(norm(a), norm(b));
  const pick = (op: WordDiffPart['op']) => parts.filter((part) => part.op === op).flatMap((part) => part.text.trim().split(/\s+/u)).filter(Boolean);
  return { removed: pick('delete'), added: pick('insert') };
}
