import type { MeetingValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { meetingStatusRule } from '../../../src/reconcile/rules/meeting-status.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const meeting = (extra: Partial<MeetingValue>): MeetingValue => ({ predicate: 'meet', participants: ['Maria Lopez'], counterpart: ['King Harald'], polarity: 'positive', modality: 'asserted', ...extra });
const run = (...args: Parameters<typeof reconcile>) => reconcile(args[0], args[1], [meetingStatusRule]).findings;

describe('meeting rule', () => {
  const possible = makeArticle('possible', 'Her agenda includes a possible meeting with King Harald.', '2025-06-02');
  const notPlanned = makeArticle('not', 'Her schedule did not include a meeting with King Harald.', '2025-06-02');

  test('possible vs not on the agenda is an error with both quotes', () => {
    const claims = [
      claimOn(possible, 'meeting', 'a possible meeting with King Harald', meeting({ modality: 'possible' })),
      claimOn(notPlanned, 'meeting', 'did not include a meeting with King Harald', meeting({ polarity: 'negative', modality: 'planned' })),
    ];
    const [finding, ...rest] = run([possible, notPlanned], claims);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('error');
    expect(finding!.positions.map((p) => [p.article, p.text])).toEqual([
      ['not', 'did not include a meeting with King Harald'],
      ['possible', 'a possible meeting with King Harald'],
    ]);
    expect(finding!.message).toContain('not says it is not happening or not planned');
  });

  test('planned vs happened agrees', () => {
    const planned = makeArticle('planned', 'She will meet King Harald on Friday.', '2025-06-02', { outlet: 'A' });
    const happened = makeArticle('happened', 'She met King Harald on Friday.', '2025-06-07', { outlet: 'B' });
    const claims = [claimOn(planned, 'meeting', 'will meet King Harald', meeting({ modality: 'planned' })), claimOn(happened, 'meeting', 'met King Harald', meeting({}))];
    const findings = run([planned, happened], claims);
    expect(findings.map((f) => [f.severity, f.verdict])).toEqual([['info', 'corroborated']]);
  });

  test('a meeting between other people is a different meeting', () => {
    const other = makeArticle('other', 'The prime minister met King Harald last year.', '2025-06-02');
    const claims = [
      claimOn(possible, 'meeting', 'a possible meeting with King Harald', meeting({ modality: 'possible' })),
      claimOn(other, 'meeting', 'met King Harald', meeting({ participants: ['Erik Berg'], polarity: 'negative' })),
    ];
    expect(run([possible, other], claims)).toEqual([]);
  });
});

describe('meeting rule: mixed-up occurrences', () => {
  const day = (iso: string, next: string) => ({ timex: { type: 'DATE' as const, value: iso }, interval: { start: iso, end: next }, granularity: 'day' as const });
  const city = (name: string, id: string) => ({ name, geo: { id, name, level: 'city' as const, country: 'NO' }, containedIn: ['NO'] });
  const arrival = (place: string, placeClaim: string, interval: { start: string; end: string }): MeetingValue => ({
    predicate: 'arrive',
    participants: ['person:maria lopez'],
    participantNames: ['Maria Lopez'],
    place,
    placeClaim,
    interval,
    polarity: 'positive',
    modality: 'asserted',
  });

  test('an article that gives the other trip\'s city is flagged as a possible mix-up, not a plain conflict', () => {
    const earlier = makeArticle('earlier', 'Maria Lopez arrived in Bergen on Sunday.', '2023-06-19');
    const later = makeArticle('later', 'Maria Lopez arrived in Tromso on Wednesday.', '2024-04-25');
    const mixed = makeArticle('mixed', 'Maria Lopez arrived in Bergen on Wednesday.', '2024-04-25');
    const claims = [];
    for (const [article, cityName, id, weekday, interval] of [
      [earlier, 'Bergen', 'NO-46:Bergen', 'on Sunday', { start: '2023-06-18', end: '2023-06-19' }],
      [later, 'Tromso', 'NO-55:Tromso', 'on Wednesday', { start: '2024-04-24', end: '2024-04-25' }],
      [mixed, 'Bergen', 'NO-46:Bergen', 'on Wednesday', { start: '2024-04-24', end: '2024-04-25' }],
    ] as const) {
      const time = claimOn(article, 'time', weekday, day(interval.start, interval.end));
      const place = claimOn(article, 'place', cityName, city(cityName, id));
      claims.push(time, place, claimOn(article, 'meeting', `Maria Lopez arrived in ${cityName} ${weekday}`, arrival(cityName, place.id, interval)));
    }
    const findings = reconcile([earlier, later, mixed], claims, [meetingStatusRule]).findings;
    expect(findings.map((f) => [f.severity, f.verdict])).toEqual([['warning', 'mixed-events']]);
    expect(findings[0]!.message).toBe('mixed gives the arrival of Maria Lopez in Bergen, as earlier report for another occurrence (2023-06): it may mix up the two.');
    expect(findings[0]!.positions.map((p) => p.article)).toEqual(['mixed', 'earlier', 'later']);
  });
});

describe('meeting rule: visits', () => {
  test('a possible visit against a visit left off the schedule is a conflict; visits to two places are two visits', () => {
    const visit = (extra: Partial<MeetingValue>): MeetingValue => ({ predicate: 'visit', participants: ['person:ines moreau'], polarity: 'positive', modality: 'possible', ...extra });
    const a = makeArticle('a', 'Aides spoke of a possible visit by Ines Moreau to Lyon.', '2025-06-02');
    const b = makeArticle('b', 'Her week did not include a visit to Lyon.', '2025-06-02');
    const c = makeArticle('c', 'She will not make a visit to Nantes.', '2025-06-02');
    const claims = [
      claimOn(a, 'meeting', 'a possible visit by Ines Moreau to Lyon', visit({ place: 'Lyon' })),
      claimOn(b, 'meeting', 'did not include a visit to Lyon', visit({ place: 'Lyon', polarity: 'negative', modality: 'planned' })),
      claimOn(c, 'meeting', 'will not make a visit to Nantes', visit({ place: 'Nantes', polarity: 'negative', modality: 'planned' })),
    ];
    const findings = reconcile([a, b, c], claims, [meetingStatusRule]).findings;
    expect(findings.map((f) => [f.severity, f.positions.map((p) => p.article)])).toEqual([['error', ['a', 'b']]]);
  });
});
