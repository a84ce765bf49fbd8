import path from 'node:path';
import { getEntry } from '../../src/ledger/entry-ref.js';
import type { Ledger } from '../../src/ledger/ledger-types.js';
import { syncLedger } from '../../src/ledger/sync.js';
import { itemsToReview } from '../../src/review/review-items.js';
import { ReviewSession } from '../../src/review/session.js';
import { article, claimsOf, finding, REVIEWER, run } from '../ledger/fixtures.js';

/** Three findings (two of one rule) and their claims, recorded as pending in memory. */
function pendingLedger(): Ledger {
  const x = article('x-wire', 'Polls close at 8pm on Sunday in Rovan; turnout reached 61 percent.\n');
  const y = article('y-herald', 'In Rovan, polls closed at 9pm on Monday with turnout of 58 percent.\n');
  const cx = claimsOf(x, [
    { kind: 'time', quote: '8pm', value: 'T20' },
    { kind: 'time', quote: 'on Sunday', value: 'D1' },
    { kind: 'quantity', quote: '61 percent', value: { amount: 61, unit: '%', dimension: 'percent', qualifier: 'exactly' } },
  ]);
  const cy = claimsOf(y, [
    { kind: 'time', quote: '9pm', value: 'T21' },
    { kind: 'time', quote: 'on Monday', value: 'D2' },
    { kind: 'quantity', quote: '58 percent', value: { amount: 58, unit: '%', dimension: 'percent', qualifier: 'exactly' } },
  ]);
  const findings = [
    finding('time-conflict', [cx[0]!, cy[0]!]),
    finding('time-conflict', [cx[1]!, cy[1]!]),
    finding('quantity-conflict', [cx[2]!, cy[2]!]),
  ];
  const ledger: Ledger = { dir: path.resolve('unused'), label: 'claims', articles: new Map(), findings: [], started: true, raw: new Map() };
  return syncLedger(ledger, run([x, y], [...cx, ...cy], findings)).ledger;
}

describe('ReviewSession', () => {
  test('each decision is persisted before the call returns; skip writes nothing', async () => {
    const ledger = pendingLedger();
    const items = itemsToReview(ledger, undefined, 'findings');
    const saved: string[] = [];
    const session = new ReviewSession(ledger, items, REVIEWER, async () => {
      saved.push(ledger.findings.map((entry) => entry.status).join(','));
    });
    expect(items).toHaveLength(3);
    await session.skip();
    expect(saved).toEqual([]);
    await session.reject();
    expect(saved).toHaveLength(1);
    expect(getEntry(ledger, items[1]!.ref)).toMatchObject({ status: 'dismissed', by: 'Test Reviewer', at: '2031-03-15T09:30:00Z' });
    await session.correct(' 9pm on Monday ');
    expect(getEntry(ledger, items[2]!.ref)).toMatchObject({ status: 'fixed', correction: '9pm on Monday' });
    expect(session.done()).toBe(true);
    const summary = session.summary();
    expect([summary.skipped.length, summary.rejected.length, summary.corrected.length, summary.left.length]).toEqual([1, 1, 1, 0]);
  });

  test('a capital acts on the current and every later undecided item of its group; u undoes the whole group', async () => {
    const ledger = pendingLedger();
    const items = itemsToReview(ledger, undefined, 'findings');
    let writes = 0;
    const session = new ReviewSession(ledger, items, REVIEWER, async () => {
      writes++;
    });
    // Skipped items are not "remaining": move to the first time-conflict item, skipping the others.
    while (session.current()!.group !== 'time-conflict') await session.skip();
    const start = session.position;
    const expected = items.filter((item, position) => position >= start && item.group === 'time-conflict');
    const count = await session.accept(true);
    expect(count).toBe(expected.length);
    expect(writes).toBe(1);
    items.forEach((item) => expect(getEntry(ledger, item.ref)!.status).toBe(expected.includes(item) ? 'accepted' : 'pending'));

    expect(await session.undo()).toEqual(count === 1 ? expect.any(String) : `${count} items`);
    expect(writes).toBe(2);
    expect(session.position).toBe(start);
    items.forEach((item) => expect(getEntry(ledger, item.ref)!.status).toBe('pending'));
    while (await session.undo()) {
      // Unwind the skips too: nothing was written for them.
    }
    expect(writes).toBe(2);
    expect(session.position).toBe(0);
    expect(await session.undo()).toBeUndefined();
  });

  test('a note stays on the pending item and goes with the verdict; claims group by kind', async () => {
    const ledger = pendingLedger();
    const items = itemsToReview(ledger, undefined, 'claims');
    expect(items.map((item) => item.group)).toEqual(['claim:quantity', 'claim:time', 'claim:time', 'claim:quantity', 'claim:time', 'claim:time']);
    const session = new ReviewSession(ledger, items, REVIEWER, async () => {});
    await session.note('rounded in the other report');
    expect(session.position).toBe(0);
    expect(getEntry(ledger, items[0]!.ref)).toMatchObject({ status: 'pending', note: 'rounded in the other report' });
    await session.accept();
    expect(getEntry(ledger, items[0]!.ref)).toMatchObject({ status: 'confirmed', note: 'rounded in the other report' });
    expect(await session.reject(true)).toBe(4);
    expect(items.filter((item) => item.group === 'claim:time').map((item) => getEntry(ledger, item.ref)!.status)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    expect(session.current()!.group).toBe('claim:quantity');
  });
});
