import path from 'node:path';
import { decide } from '../../src/ledger/decide.js';
import { getEntry, putEntry, type EntryRef } from '../../src/ledger/entry-ref.js';
import { gate, gateLines } from '../../src/ledger/gate.js';
import type { Ledger } from '../../src/ledger/ledger-types.js';
import { syncLedger } from '../../src/ledger/sync.js';
import { article, claimsOf, finding, REVIEWER, run, twoReports } from './fixtures.js';

function emptyLedger(): Ledger {
  return { dir: path.resolve('unused-claims'), label: 'claims', articles: new Map(), findings: [], started: false, raw: new Map() };
}

function decideOn(ledger: Ledger, ref: EntryRef, action: 'accept' | 'reject', note?: string): void {
  putEntry(ledger, ref, decide(getEntry(ledger, ref)!, { action, ...(note ? { note } : {}) }, REVIEWER));
}

describe('syncLedger: claims', () => {
  const text = 'Talks open on Monday in Lisbon. A second round follows on Monday next week.\n';

  test('a new run records every claim as pending; states are "new" until recorded', () => {
    const source = article('wire', text);
    const claims = claimsOf(source, [
      { kind: 'time', quote: 'on Monday', value: 'A' },
      { kind: 'time', quote: 'on Monday', value: 'B', nth: 1 },
    ]);
    const synced = syncLedger(emptyLedger(), run([source], claims, []));
    expect(synced.claims.map((item) => item.state)).toEqual(['new', 'new']);
    expect(synced.ledger.articles.get('wire')!.claims.map((entry) => [entry.quote, entry.status, entry.context])).toEqual(
      expect.arrayContaining([
        ['on Monday', 'pending', 'Talks open on Monday in Lisbon.'],
        ['on Monday', 'pending', 'A second round follows on Monday next week.'],
      ]),
    );
    const again = syncLedger(synced.ledger, run([source], claims, []));
    expect(again.claims.map((item) => item.state)).toEqual(['pending', 'pending']);
  });

  test('a verdict follows its quote when an identical quote is inserted earlier (the id changes)', () => {
    const before = article('wire', text);
    const claims = claimsOf(before, [
      { kind: 'time', quote: 'on Monday', value: 'A' },
      { kind: 'time', quote: 'on Monday', value: 'B', nth: 1 },
    ]);
    const ledger = syncLedger(emptyLedger(), run([before], claims, [])).ledger;
    const second = claims[1]!;
    decideOn(ledger, { type: 'claim', article: 'wire', id: second.id }, 'reject', 'that is the next round');

    const edited = article('wire', `Delegates arrive on Monday.\n${text}`);
    const after = claimsOf(edited, [
      { kind: 'time', quote: 'on Monday', value: 'Z' },
      { kind: 'time', quote: 'on Monday', value: 'A', nth: 1 },
      { kind: 'time', quote: 'on Monday', value: 'B', nth: 2 },
    ]);
    const synced = syncLedger(ledger, run([edited], after, []));
    const rejected = synced.claims.find((item) => item.entry.status === 'wrong')!;
    expect(rejected.claim.span).toEqual(after[2]!.span);
    expect(rejected.entry.context).toBe('A second round follows on Monday next week.');
    expect(rejected.entry.note).toBe('that is the next round');
    expect(rejected.state).toBe('reviewed');
    expect(synced.stale).toEqual([]);
  });

  test('a verdict on a claim that disappeared is stale; a pending one is dropped; other kinds are kept under --kinds', () => {
    const source = article('wire', text);
    const claims = claimsOf(source, [
      { kind: 'time', quote: 'on Monday', value: 'A' },
      { kind: 'place', quote: 'Lisbon', value: { name: 'Lisbon', containedIn: [] } },
      { kind: 'time', quote: 'next week', value: 'W' },
    ]);
    const ledger = syncLedger(emptyLedger(), run([source], claims, [])).ledger;
    decideOn(ledger, { type: 'claim', article: 'wire', id: claims[0]!.id }, 'accept');
    const rewritten = article('wire', 'Talks open in Lisbon. A second round follows later.\n');
    const remaining = claimsOf(rewritten, [{ kind: 'time', quote: 'later', value: 'L' }]);
    const synced = syncLedger(ledger, { ...run([rewritten], remaining, []), kinds: ['time'] });
    expect(synced.stale.map((stale) => (stale.type === 'claim' ? stale.entry.quote : ''))).toEqual(['on Monday']);
    const quotes = synced.ledger.articles.get('wire')!.claims.map((entry) => `${entry.quote}:${entry.status}`).sort();
    expect(quotes).toEqual(['Lisbon:pending', 'later:pending', 'on Monday:confirmed']);
  });

  test('a changed value under a verdict shows as "changed"', () => {
    const source = article('wire', text);
    const claims = claimsOf(source, [{ kind: 'time', quote: 'on Monday', value: 'A' }]);
    const ledger = syncLedger(emptyLedger(), run([source], claims, [])).ledger;
    decideOn(ledger, { type: 'claim', article: 'wire', id: claims[0]!.id }, 'accept');
    const revalued = claimsOf(source, [{ kind: 'time', quote: 'on Monday', value: 'A2' }]);
    expect(syncLedger(ledger, run([source], revalued, [])).claims[0]!.state).toBe('changed');
  });
});

describe('syncLedger + gate: findings', () => {
  test('unreviewed findings at or above the threshold fail; verdicts cover them; threshold filters', () => {
    const { a, b, claims, conflict } = twoReports();
    const minor = finding('count-wording', claims.filter((claim) => claim.kind === 'quantity'), { severity: 'warning', verdict: 'corroborated' });
    const first = syncLedger(emptyLedger(), run([a, b], claims, [conflict, minor]));
    expect(gate(first, 'error').unreviewed.map((item) => item.finding.id)).toEqual([conflict.id]);
    expect(gate(first, 'warning').unreviewed).toHaveLength(2);

    const ledger = first.ledger;
    decideOn(ledger, { type: 'finding', key: first.findings[0]!.entry.key }, 'reject', 'two different sailings');
    const second = syncLedger(ledger, run([a, b], claims, [conflict, minor]));
    expect(second.findings.map((item) => item.state)).toEqual(['reviewed', 'pending']);
    expect(gate(second, 'error').unreviewed).toEqual([]);
    expect(gate(second, 'error').changed).toEqual([]);
  });

  test('a dismissed finding whose evidence changed (a new side) fails again; it is not stale', () => {
    const { a, b, claims, conflict } = twoReports();
    const first = syncLedger(emptyLedger(), run([a, b], claims, [conflict]));
    decideOn(first.ledger, { type: 'finding', key: first.findings[0]!.entry.key }, 'reject', 'two sailings');

    const c = article('bay-times', 'The Aurora, which sailed on Wednesday, docked safely.\n');
    const claimsC = claimsOf(c, [{ kind: 'time', quote: 'on Wednesday', value: { timex: { type: 'DATE', value: '2031-03-12' } } }]);
    const widened = finding('time-conflict', [...conflict.positions.map((p) => claims.find((claim) => claim.id === p.claim)!), claimsC[0]!]);
    const second = syncLedger(first.ledger, run([a, b, c], [...claims, ...claimsC], [widened]));
    const result = gate(second, 'error');
    expect(result.changed.map((item) => item.entry.status)).toEqual(['dismissed']);
    expect(result.stale).toEqual([]);
    expect(gateLines(result, 'claims')[0]).toMatch(/^evidence changed since it was dismissed: time-conflict-[0-9a-f]{10} \(error\) /u);
  });

  test('a verdict on a finding that no longer appears is stale only when the run covered its articles', () => {
    const { a, b, claims, conflict } = twoReports();
    const first = syncLedger(emptyLedger(), run([a, b], claims, [conflict]));
    decideOn(first.ledger, { type: 'finding', key: first.findings[0]!.entry.key }, 'accept');

    const onlyA = syncLedger(first.ledger, run([a], claims.filter((claim) => claim.article === a.id), []));
    expect(onlyA.stale).toEqual([]);
    expect(onlyA.ledger.findings).toHaveLength(1);

    const both = syncLedger(first.ledger, run([a, b], claims, []));
    expect(both.stale.map((stale) => stale.type)).toEqual(['finding']);
    expect(both.ledger.findings.map((entry) => entry.status)).toEqual(['accepted']);
    expect(gateLines(gate(both, 'error'), 'claims')).toEqual([
      expect.stringMatching(/^stale verdict in claims\/findings\.json: time-conflict-[0-9a-f]{10} \(accepted, time-conflict\) “on Tuesday” \/ “on Wednesday” matches no finding now$/u),
    ]);
  });

  test('a finding that gains a side with a new quote (a new key) carries its verdict, shown as changed', () => {
    const { a, b, claims, conflict } = twoReports();
    const first = syncLedger(emptyLedger(), run([a, b], claims, [conflict]));
    decideOn(first.ledger, { type: 'finding', key: first.findings[0]!.entry.key }, 'reject', 'two sailings');

    const c = article('bay-times', 'The Aurora set out on Thursday morning, the bay office said.\n');
    const claimsC = claimsOf(c, [{ kind: 'time', quote: 'on Thursday morning', value: { timex: { type: 'TIME', value: '2031-03-13TMO' } } }]);
    const sides = conflict.positions.map((p) => claims.find((claim) => claim.id === p.claim)!);
    const widened = finding('time-conflict', [...sides, claimsC[0]!]);
    const second = syncLedger(first.ledger, run([a, b, c], [...claims, ...claimsC], [widened]));
    expect(second.findings[0]!.entry.key).not.toBe(first.findings[0]!.entry.key);
    expect(second.findings[0]!.state).toBe('changed');
    expect(second.findings[0]!.entry).toMatchObject({ status: 'dismissed', note: 'two sailings' });
    expect(second.stale).toEqual([]);
    expect(second.ledger.findings.map((entry) => entry.key)).toEqual([second.findings[0]!.entry.key]);

    // Sharing one side only is another finding: the old verdict goes stale.
    const other = finding('time-conflict', [sides[0]!, claimsC[0]!]);
    const third = syncLedger(first.ledger, run([a, b, c], [...claims, ...claimsC], [other]));
    expect(third.findings[0]!.state).toBe('new');
    expect(third.stale).toHaveLength(1);
  });

  test('a pending finding that no longer appears is dropped', () => {
    const { a, b, claims, conflict } = twoReports();
    const first = syncLedger(emptyLedger(), run([a, b], claims, [conflict]));
    expect(syncLedger(first.ledger, run([a, b], claims, [])).ledger.findings).toEqual([]);
  });
});
