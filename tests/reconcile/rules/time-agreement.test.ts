import type { TimeValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { timeAgreementRule } from '../../../src/reconcile/rules/time-agreement.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const day = (iso: string, next: string): TimeValue => ({ timex: { type: 'DATE', value: iso }, interval: { start: iso, end: next }, granularity: 'day' });
const year = (value: string): TimeValue => ({ timex: { type: 'DATE', value }, interval: { start: `${value}-01-01`, end: `${Number(value) + 1}-01-01` }, granularity: 'year' });

describe('time agreement rule', () => {
  test('the same clock time from two outlets corroborates', () => {
    const a = makeArticle('a', 'The tremor struck on Monday at 6:40 a.m.', '2025-03-11', { outlet: 'One' });
    const b = makeArticle('b', 'It hit at 06:40 local time on Monday.', '2025-03-11', { outlet: 'Two' });
    const clock = (value: string): TimeValue => ({ timex: { type: 'TIME', value }, interval: { start: '2025-03-10', end: '2025-03-11' } });
    const claims = [claimOn(a, 'time', 'on Monday', day('2025-03-10', '2025-03-11')), claimOn(a, 'time', '6:40 a.m.', clock('2025-03-10T06:40')), claimOn(b, 'time', '06:40', clock('2025-03-10T06:40'))];
    const findings = reconcile([a, b], claims, [timeAgreementRule]).findings;
    expect(findings.map((f) => [f.message, f.positions.map((p) => p.text)])).toEqual([['2 independent sources give the same time for the event: 06:40.', ['6:40 a.m.', '06:40']]]);
  });

  test('an earlier occurrence mentioned by two articles is a corroboration', () => {
    const a = makeArticle('a', 'Rescuers dug on Monday. A quake on May 3, 1998 killed 40.', '2025-03-11');
    const b = makeArticle('b', 'Crews worked on Monday. The town was hit in 1998 as well.', '2025-03-11');
    const claims = [
      claimOn(a, 'time', 'on Monday', day('2025-03-10', '2025-03-11')),
      claimOn(a, 'time', 'May 3, 1998', day('1998-05-03', '1998-05-04')),
      claimOn(b, 'time', 'on Monday', day('2025-03-10', '2025-03-11')),
      claimOn(b, 'time', 'in 1998', year('1998')),
    ];
    const [finding, ...rest] = reconcile([a, b], claims, [timeAgreementRule]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'info', message: '2 independent sources mention the earlier occurrence of 1998-05-03.' });
    expect(finding!.positions.map((p) => p.text)).toEqual(['May 3, 1998', 'in 1998']);
  });
});
