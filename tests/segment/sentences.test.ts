import { splitSentences } from '../../src/segment/sentences.js';
import type { ExcludedRange } from '../../src/types.js';

/** The sentences of `text` as the strings their spans cover. */
function sentencesOf(text: string, excluded: ExcludedRange[] = []): string[] {
  return splitSentences(text, excluded).map(({ span }) => text.slice(span.start, span.end));
}

describe('splitSentences: abbreviations', () => {
  test('titles never end a sentence', () => {
    const text = 'Mr. Okafor met Dr. Lindqvist and Gov. Reyes. They spoke for an hour.';
    expect(sentencesOf(text)).toEqual(['Mr. Okafor met Dr. Lindqvist and Gov. Reyes.', 'They spoke for an hour.']);
  });

  test('U.S. inside a sentence continues it, and ends it before a sentence opening', () => {
    const text = 'The U.S. Navy sent two ships to the strait. Officials moved to the U.S. The talks resumed.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. Navy sent two ships to the strait.',
      'Officials moved to the U.S.',
      'The talks resumed.',
    ]);
  });

  test('month abbreviations and a.m./p.m.', () => {
    const text = 'The ferry left on Jan. 4 at 6 a.m. Eastern time. It docked at 9 p.m. Passengers were tired.';
    expect(sentencesOf(text)).toEqual([
      'The ferry left on Jan. 4 at 6 a.m. Eastern time.',
      'It docked at 9 p.m.',
      'Passengers were tired.',
    ]);
  });

  test('initials stay inside the name', () => {
    const text = 'The novel by J. R. Tolkien-Brandt sold well. Critics were kind.';
    expect(sentencesOf(text)).toEqual(['The novel by J. R. Tolkien-Brandt sold well.', 'Critics were kind.']);
  });

  test('company suffixes end a sentence only before a sentence opening', () => {
    const text = 'Shares of Brightwater Inc. rose sharply after the deal with Orla Co. The board met on Monday.';
    expect(sentencesOf(text)).toEqual(['Shares of Brightwater Inc. rose sharply after the deal with Orla Co.', 'The board met on Monday.']);
  });

  test('numbers with periods and ordinals', () => {
    const text = 'The quake measured 5.9 and struck No. 3 district. It was the 2nd in a week.';
    expect(sentencesOf(text)).toEqual(['The quake measured 5.9 and struck No. 3 district.', 'It was the 2nd in a week.']);
  });
});

describe('splitSentences: quotes', () => {
  test('final punctuation inside closing quotes ends the sentence after the quote', () => {
    const text = 'She said, "We will rebuild the bridge." Work starts in May. "Will it hold?" he asked.';
    expect(sentencesOf(text)).toEqual(['She said, "We will rebuild the bridge."', 'Work starts in May.', '"Will it hold?" he asked.']);
  });

  test('curly quotes and a quotation opening the next sentence', () => {
    const text = 'The mayor called it “a turning point.” “Nobody expected it,” an aide said.';
    expect(sentencesOf(text)).toEqual(['The mayor called it “a turning point.”', '“Nobody expected it,” an aide said.']);
  });

  test('exclamation inside a quote followed by lower case continues', () => {
    const text = '"Run!" shouted the guard, and everyone ran. Nobody was hurt.';
    expect(sentencesOf(text)).toEqual(['"Run!" shouted the guard, and everyone ran.', 'Nobody was hurt.']);
  });
});

describe('splitSentences: blocks', () => {
  test('headings, bullets and paragraphs are separate blocks', () => {
    const text = '# Harbour reopens\n\nThe harbour reopened on Friday. Boats returned.\n\n- Ferries run hourly\n- Cargo waits\n';
    const spans = splitSentences(text);
    expect(spans.map(({ span, block }) => [text.slice(span.start, span.end), block])).toEqual([
      ['Harbour reopens', 'heading'],
      ['The harbour reopened on Friday.', 'paragraph'],
      ['Boats returned.', 'paragraph'],
      ['Ferries run hourly', 'bullet'],
      ['Cargo waits', 'bullet'],
    ]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });

  test('a short line without punctuation above prose is a heading, not part of the first sentence', () => {
    const text = 'Storm closes the pass\nSnow blocked the mountain pass on Tuesday. Drivers waited.\n';
    const spans = splitSentences(text);
    expect(spans.map(({ span, block }) => [text.slice(span.start, span.end), block])).toEqual([
      ['Storm closes the pass', 'heading'],
      ['Snow blocked the mountain pass on Tuesday.', 'paragraph'],
      ['Drivers waited.', 'paragraph'],
    ]);
  });

  test('hard-wrapped paragraphs are joined across line breaks', () => {
    const text = [
      'The regional council voted on Thursday to close the old coastal road',
      'after a landslide cut it in two places, officials said. The vote was',
      'eleven to four. Repairs would cost more than a new road, according to',
      'the engineers who surveyed it last spring.',
      '',
      'A second paragraph follows here.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([
      'The regional council voted on Thursday to close the old coastal road\nafter a landslide cut it in two places, officials said.',
      'The vote was\neleven to four.',
      'Repairs would cost more than a new road, according to\nthe engineers who surveyed it last spring.',
      'A second paragraph follows here.',
    ]);
  });

  test('a wrapped line ending in a title continues into the name', () => {
    const text = [
      'The minister met the visiting delegation at the airport with Mr.',
      'Haddad, who had arrived from the capital on an early flight with',
      'two aides.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([text]);
  });

  test('one sentence per line: each line stands alone', () => {
    const text = 'The dam held overnight.\nEngineers checked it at dawn.\nIt will reopen to traffic next week.\n';
    expect(sentencesOf(text)).toEqual(['The dam held overnight.', 'Engineers checked it at dawn.', 'It will reopen to traffic next week.']);
  });

  test('one paragraph per line: a line cut mid-sentence continues when the next starts in lower case', () => {
    const text = 'Rescuers searched the valley for two days and\nfound the hikers alive. They were flown out.\nThe park stays closed.\n';
    expect(sentencesOf(text)).toEqual([
      'Rescuers searched the valley for two days and\nfound the hikers alive.',
      'They were flown out.',
      'The park stays closed.',
    ]);
  });

  test('CRLF line endings: spans exclude the carriage return', () => {
    const text = 'First line ends here.\r\nSecond line too.\r\n\r\nNew paragraph.\r\n';
    const spans = splitSentences(text);
    expect(spans.map(({ span }) => text.slice(span.start, span.end))).toEqual(['First line ends here.', 'Second line too.', 'New paragraph.']);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  test('lone carriage returns (old Mac files) break lines too', () => {
    const text = 'One sentence here.\rAnother one there.\r';
    expect(sentencesOf(text)).toEqual(['One sentence here.', 'Another one there.']);
  });

  test('excluded lines are skipped and end the paragraph', () => {
    const text = 'Keep this sentence.\nDrop this line\nKeep this one too.\n';
    const start = text.indexOf('Drop');
    const excluded: ExcludedRange[] = [{ span: { start, end: start + 'Drop this line'.length }, reason: 'boilerplate', label: 'test' }];
    expect(sentencesOf(text, excluded)).toEqual(['Keep this sentence.', 'Keep this one too.']);
  });
});

describe('splitSentences: long input', () => {
  test('text without punctuation is cut into sentences of bounded length at spaces', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const { span } of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(2000);
      expect(text[span.start - 1] === undefined || text[span.start - 1] === ' ').toBe(true);
    }
    expect(spans.map(({ span }) => text.slice(span.start, span.end)).join(' ')).toBe(text);
  });

  test('a single enormous token is cut between code points', () => {
    const text = '😀'.repeat(3000);
    const spans = splitSentences(text);
    expect(spans.map(({ span }) => text.slice(span.start, span.end)).join('')).toBe(text);
    for (const { span } of spans) expect(text.codePointAt(span.start)).toBe(0x1f600);
  });
});
