import { isRunningTotal, orderOfReports, reportTimeOf } from '../../../src/reconcile/compare/change-over-time.js';
import { makeArticle } from '../../helpers/claims.js';

describe('change over time', () => {
  test('tolls and damage are running totals; magnitudes are not', () => {
    expect(isRunningTotal('killed')).toBe(true);
    expect(isRunningTotal('houses damaged')).toBe(true);
    expect(isRunningTotal('magnitude')).toBe(false);
  });

  test('reports are ordered by date, or by date-time when given', () => {
    const monday = reportTimeOf(makeArticle('a', '', '2025-03-10'));
    const tuesday = reportTimeOf(makeArticle('b', '', '2025-03-11'));
    expect(orderOfReports(monday, tuesday)).toBe(-1);
    expect(orderOfReports(tuesday, monday)).toBe(1);
    expect(orderOfReports(monday, reportTimeOf(makeArticle('c', '', '2025-03-10')))).toBe(0);
    const morning = reportTimeOf(makeArticle('d', '', '2025-03-10', { published: { value: '2025-03-10', basis: 'given', dateTime: '2025-03-10T08:00:00Z' } }));
    const evening = reportTimeOf(makeArticle('e', '', '2025-03-10', { published: { value: '2025-03-10', basis: 'given', dateTime: '2025-03-10T20:00:00Z' } }));
    expect(orderOfReports(morning, evening)).toBe(-1);
    expect(orderOfReports(undefined, evening)).toBe(0);
  });
});
