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
