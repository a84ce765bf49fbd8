import type { RecordValue } from '../../../src/types.js';
import { reconcile } from '../../../src/reconcile/reconcile.js';
import { recordAgreementRule } from '../../../src/reconcile/rules/record-agreement.js';
import { claimOn, makeArticle } from '../../helpers/claims.js';

const record = (extra: Partial<RecordValue>): RecordValue => ({ superlative: 'first', what: 'visit by a Japanese prime minister', approximate: false, ...extra });
const run = (...args: Parameters<typeof reconcile>) => reconcile(args[0], args[1], [recordAgreementRule]).findings;

describe('record rule', () => {
  test('"since 2010" and "in 14 years" agree when published in 2024', () => {
    const a = makeArticle('a', 'It was the first visit by a Japanese prime minister since 2010.', '2024-05-02', { outlet: 'One' });
    const b = makeArticle('b', 'It was the first such visit by a Japanese prime minister in 14 years.', '2024-05-02', { outlet: 'Two' });
    const claims = [
      claimOn(a, 'record', 'the first visit by a Japanese prime minister since 2010', record({ previous: { start: '2010-01-01', end: '2011-01-01' } })),
      claimOn(b, 'record', 'the first such visit by a Japanese prime minister in 14 years', record({ gap: 'P14Y' })),
    ];
    const findings = run([a, b], claims);
    expect(findings.map((f) => [f.severity, f.verdict, f.sources])).toEqual([['info', 'corroborated', 2]]);
  });

  test('previous occurrences that cannot match are a warning', () => {
    const a = makeArticle('a', 'It was the first visit by a Japanese prime minister since 2010.', '2024-05-02');
    const b = makeArticle('b', 'It was the first visit by a Japanese prime minister in six years.', '2024-05-02');
    const claims = [
      claimOn(a, 'record', 'the first visit by a Japanese prime minister since 2010', record({ previous: { start: '2010-01-01', end: '2011-01-01' } })),
      claimOn(b, 'record', 'the first visit by a Japanese prime minister in six years', record({ gap: 'P6Y' })),
    ];
    const [finding] = run([a, b], claims);
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toContain('a: 2010');
  });

  test('records about different things are not compared', () => {
    const a = makeArticle('a', 'It was the first visit by a Japanese prime minister since 2010.', '2024-05-02');
    const b = makeArticle('b', 'Prices hit their highest level in six years.', '2024-05-02');
    const claims = [
      claimOn(a, 'record', 'the first visit by a Japanese prime minister since 2010', record({ previous: { start: '2010-01-01', end: '2011-01-01' } })),
      claimOn(b, 'record', 'highest level in six years', record({ superlative: 'highest', what: 'price level', gap: 'P6Y' })),
    ];
    expect(run([a, b], claims)).toEqual([]);
  });
});

describe('record rule scopes', () => {
  test('records limited to two different named places are not compared', () => {
    const a = makeArticle('a', 'It was the first visit by a minister to Lake Orta in 4 years.', '2024-05-02');
    const b = makeArticle('b', 'It was the first visit by a minister to the port of Bergen in 29 years.', '2024-05-02');
    const claims = [
      claimOn(a, 'record', 'the first visit by a minister to Lake Orta in 4 years', record({ what: 'visit by a minister', scope: 'to Lake Orta', gap: 'P4Y' })),
      claimOn(b, 'record', 'the first visit by a minister to the port of Bergen in 29 years', record({ what: 'visit by a minister', scope: 'to the port of Bergen', gap: 'P29Y' })),
    ];
    expect(run([a, b], claims)).toEqual([]);
  });
});
