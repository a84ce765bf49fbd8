/**
 * A ledger on disk with pending findings of two rules and pending claims, built from runs written
 * for these tests, so the reviewer has something to show whatever the extractors find today.
 */
import path from 'node:path';
import { loadLedger, saveLedger } from '../../src/ledger/ledger-store.js';
import { syncLedger } from '../../src/ledger/sync.js';
import { article, claimsOf, finding, run } from '../ledger/fixtures.js';

export async function writeFixtureLedger(root: string, folder = 'claims'): Promise<string> {
  const north = article('north-post', 'Mayor Ilse Varga opened the Kell bridge on Friday before a crowd of 3,000.\n');
  const south = article('south-news', 'On Saturday, Mayor Ilse Vargha opened the bridge over the Kell to about 2,000 people.\n');
  const claimsN = claimsOf(north, [
    { kind: 'person', quote: 'Ilse Varga', value: { name: 'Ilse Varga', canonical: 'Ilse Varga', entity: 'p1', mention: 'full-name', title: 'Mayor' } },
    { kind: 'time', quote: 'on Friday', value: { timex: { type: 'DATE', value: '2031-03-14' } } },
    { kind: 'quantity', quote: '3,000', value: { amount: 3000, unit: 'people', dimension: 'count', qualifier: 'exactly' } },
  ]);
  const claimsS = claimsOf(south, [
    { kind: 'time', quote: 'On Saturday', value: { timex: { type: 'DATE', value: '2031-03-15' } } },
    { kind: 'person', quote: 'Ilse Vargha', value: { name: 'Ilse Vargha', canonical: 'Ilse Vargha', entity: 'p1', mention: 'full-name', title: 'Mayor' } },
    { kind: 'quantity', quote: 'about 2,000 people', value: { amount: 2000, unit: 'people', dimension: 'count', qualifier: 'about' } },
  ]);
  const pick = (claims: typeof claimsN, kind: string) => claims.find((claim) => claim.kind === kind)!;
  const findings = [
    finding('date-conflict', [pick(claimsN, 'time'), pick(claimsS, 'time')], { message: 'The opening is dated Friday in one article and Saturday in the other.' }),
    finding('count-conflict', [pick(claimsN, 'quantity'), pick(claimsS, 'quantity')], { message: 'The crowd is 3,000 in one article and about 2,000 in the other.' }),
    finding('name-variant', [pick(claimsN, 'person'), pick(claimsS, 'person')], {
      severity: 'warning',
      verdict: 'variant',
      message: 'The person name is spelt "Ilse Varga" and "Ilse Vargha".',
    }),
  ];
  const dir = path.join(root, folder);
  const synced = syncLedger(await loadLedger(dir, folder), run([north, south], [...claimsN, ...claimsS], findings));
  await saveLedger(synced.ledger);
  return dir;
}
