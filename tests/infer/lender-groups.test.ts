import { lendersOfOneStory, type DatedLender } from '../../src/infer/lender-groups.js';
import { monthIndex } from '../../src/infer/months.js';

const lender = (article: string, year: number, month: number | undefined, ratio: number): DatedLender => ({
  article,
  from: monthIndex(year, month ?? 1),
  to: monthIndex(year, month ?? 12),
  ratio,
});

describe('lendersOfOneStory', () => {
  test('lenders that agree within a month are all kept', () => {
    expect(lendersOfOneStory([lender('a', 2024, 4, 1), lender('b', 2024, 5, 0.5), lender('c', 2024, undefined, 0.3)])).toEqual(new Set(['a', 'b', 'c']));
  });

  test('two occurrences a year apart: the group whose links weigh most is kept', () => {
    const kept = lendersOfOneStory([lender('june', 2023, 6, 1), lender('april-1', 2024, 4, 0.6), lender('april-2', 2024, 4, 0.5), lender('april-3', 2024, 3, 0.4)]);
    expect(kept).toEqual(new Set(['april-1', 'april-2', 'april-3']));
  });

  test('a lender dated only to a year stays when its year holds the chosen group', () => {
    const kept = lendersOfOneStory([lender('june', 2023, 6, 0.2), lender('april', 2024, 4, 1), lender('year-2024', 2024, undefined, 0.1), lender('year-2023', 2023, undefined, 0.1)]);
    expect(kept).toEqual(new Set(['april', 'year-2024']));
  });

  test('ties go to the earlier group, whatever the input order', () => {
    const a = [lender('x', 2020, 1, 0.5), lender('y', 2021, 1, 0.5)];
    expect(lendersOfOneStory(a)).toEqual(new Set(['x']));
    expect(lendersOfOneStory([...a].reverse())).toEqual(new Set(['x']));
  });
});
