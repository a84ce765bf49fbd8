import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One line of JSONL input and where it came from, for messages (`<stdin>:12`). */
export interface InputLine {
  text: string;
  where: string;
}

/**
 * The non-blank lines of a stream, one at a time (a long input is never held whole). A Hadoop
 * Streaming key in front of the JSON (`KEY<TAB>{…}`) is dropped: JSON never holds a raw tab, so
 * anything before the first tab of a line that does not start with `{` is the key.
 */
export async function* readJsonLines(input: Readable, source: string): AsyncGenerator<InputLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    const text = withoutKey(raw).trim();
    if (text !== '') yield { text, where: `${source}:${number}` };
  }
}

/** The JSON part of a line that may start with a `KEY<TAB>` prefix. */
export function withoutKey(line: string): string {
  if (line.startsWith('{')) return line;
  const tab = line.indexOf('\t');
  return tab === -1 ? line : line.slice(tab + 1);
}
