import { chooseMonth } from '../../src/infer/choose-month.js';
import type { Clue } from '../../src/infer/clues.js';
import { lookBackClues } from '../../src/infer/lookbacks.js';
import { monthIndex } from '../../src/infer/months.js';
import { segment } from '../../src/segment/segment.js';
import { makeArticle } from '../helpers/claims.js';

const clue = (kind: Clue['kind'], from: number, extra: Partial<Clue> = {}): Clue => ({
  kind,
  from,
  to: from,
  weight: 10,
  article: 'long',
  reason: 'a date told',
  text: '2019',
  span: { start: 0, end: 4 },
  ...extra,
});

describe('publication-date inference on very long texts', () => {
  test('tens of thousands of clues are weighed without running out of stack', () => {
    const clues: Clue[] = [];
    for (let i = 0; i < 200_000; i++) clues.push(clue('after', monthIndex(2019, 1 + (i % 12))), clue('window', monthIndex(2020, 3), { to: monthIndex(2020, 3), weight: 1 }));
    const choice = chooseMonth(clues);
    expect(choice.year).toBe(2020);
  });

  test('look-backs are paired with since-dates of the first records only: the clues stay few however long the text', () => {
    const record = (n: number) =>
      `It was the first visit by a harbour minister to Tollan in ${5 + (n % 9)} years. Ferries have crossed daily since the harbour opened in ${2000 + (n % 15)}, the first such link since 1990.`;
    const text = Array.from({ length: 3000 }, (_, n) => record(n)).join('\n\n');
    const doc = segment(makeArticle('long', text));
    const clues = lookBackClues(doc, []);
    expect(clues.length).toBeGreaterThan(0);
    expect(clues.length).toBeLessThanOrEqual(20 * 20);
    for (const found of clues) expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
  });
});
