import type { TimeValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { differentEventsRule } from '../../../src/reconcile/rules/different-events.js';
import { quantityAgreementRule } from '../../../src/reconcile/rules/quantity-agreement.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const day = (iso: string, next: string): TimeValue => ({ timex: { type: 'DATE', value: iso }, interval: { start: iso, end: next }, granularity: 'day' });

describe('different events', () => {
  const first = makeArticle('first', 'The minister landed in Oslo on Sunday. The quake killed 3 people.', '2023-06-19');
  const second = makeArticle('second', 'The minister landed in Oslo on Wednesday. The quake killed 9 people.', '2024-04-25');
  const third = makeArticle('third', 'She arrived on Wednesday, her aides said.', '2024-04-25');
  const claims = [
    claimOn(first, 'time', 'on Sunday', day('2023-06-18', '2023-06-19')),
    claimOn(first, 'quantity', '3 people', { amount: 3, unit: 'people', dimension: 'count', qualifier: 'exactly', counted: 'killed' }),
    claimOn(second, 'time', 'on Wednesday', day('2024-04-24', '2024-04-25')),
    claimOn(second, 'quantity', '9 people', { amount: 9, unit: 'people', dimension: 'count', qualifier: 'exactly', counted: 'killed' }),
    claimOn(third, 'time', 'on Wednesday', day('2024-04-24', '2024-04-25')),
  ];

  test('two occurrences a year apart are reported as info, with the dating claims', () => {
    const { findings, events } = reconcile([first, second, third], claims, [differentEventsRule]);
    expect(events.map((e) => [e.id, e.role, e.articles])).toEqual([
      ['event-2023-06-18', 'main', ['first']],
      ['event-2024-04-24', 'main', ['second', 'third']],
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toBe('first reports 2023-06-18; second, third report 2024-04-24: different occurrences, compared separately.');
    expect(findings[0]!.positions.map((p) => [p.article, p.text])).toEqual([
      ['first', 'on Sunday'],
      ['second', 'on Wednesday'],
      ['third', 'on Wednesday'],
    ]);
  });

  test('facts of different occurrences are never compared', () => {
    const { findings } = reconcile([first, second, third], claims, [quantityAgreementRule]);
    expect(findings).toEqual([]);
  });

  test('a sentence dated far from the main event belongs to an earlier occurrence', () => {
    const a = makeArticle('a', 'Rescuers worked on Monday. In 2010 a larger quake killed 500 people.', '2025-03-11');
    const b = makeArticle('b', 'The quake in 2010 killed 520 people.', '2025-03-11');
    const background = [
      claimOn(a, 'time', 'on Monday', day('2025-03-10', '2025-03-11')),
      claimOn(a, 'time', 'In 2010', { timex: { type: 'DATE', value: '2010' }, interval: { start: '2010-01-01', end: '2011-01-01' }, granularity: 'year' }),
      claimOn(b, 'time', 'in 2010', { timex: { type: 'DATE', value: '2010' }, interval: { start: '2010-01-01', end: '2011-01-01' }, granularity: 'year' }),
    ];
    const { events } = reconcile([a, b], background, []);
    expect(events.map((e) => [e.id, e.role, e.articles])).toEqual([
      ['event-2010', 'background', ['a', 'b']],
      ['event-2025-03-10', 'main', ['a']],
    ]);
  });
});

describe('event anchors', () => {
  test('the date of a record\'s previous occurrence does not move its sentence to that year', () => {
    const a = makeArticle('a', 'She landed on Monday. It was the first visit to Oslo since the 2010 summit.', '2025-03-11');
    const claims = [
      claimOn(a, 'time', 'on Monday', day('2025-03-10', '2025-03-11')),
      claimOn(a, 'time', '2010', { timex: { type: 'DATE', value: '2010' }, interval: { start: '2010-01-01', end: '2011-01-01' }, granularity: 'year' }),
    ];
    const { events } = reconcile([a], claims, []);
    expect(events.map((e) => e.id)).toEqual(['event-2025-03-10']);
  });
});
