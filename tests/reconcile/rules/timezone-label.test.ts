import { reconcile } from '../../../src/reconcile/reconcile.js';
import { daylightPeriod, timezoneLabelRule } from '../../../src/reconcile/rules/timezone-label.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

describe('time-zone label rule', () => {
  test('daylight periods follow each era of US law', () => {
    expect(daylightPeriod('us', 2013)).toEqual(['2013-03-10', '2013-11-03']);
    expect(daylightPeriod('us', 2005)).toEqual(['2005-04-03', '2005-10-30']);
    expect(daylightPeriod('eu-central', 2024)).toEqual(['2024-03-31', '2024-10-27']);
  });

  test('"PST" in late March is flagged; "PDT" is not', () => {
    const wrong = makeArticle('wrong', 'The tremor hit at 4:15 am PST on Tuesday.', '2021-03-23');
    const right = makeArticle('right', 'The tremor hit at 4:15 am PDT on Tuesday.', '2021-03-23');
    const time = { timex: { type: 'TIME' as const, value: '2021-03-23T04:15' }, interval: { start: '2021-03-23', end: '2021-03-24' } };
    const findings = reconcile([wrong, right], [claimOn(wrong, 'time', '4:15 am', time), claimOn(right, 'time', '4:15 am', time)], [timezoneLabelRule]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('"PST" does not fit 2021-03-23: daylight saving time was in effect (from 2021-03-14) then, so it would be PDT.');
    expect(findings[0]!.positions[0]).toMatchObject({ article: 'wrong', text: '4:15 am', line: 1, column: 19 });
  });
});
