/**
 * Hand-built runs for ledger tests: articles written for these tests, claims placed by quote, and
 * findings over them — the ledger must work for findings of any rule, not only today's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ClaimIdAllocator } from '../../src/extract/claim-id.js';
import { positionOfClaim } from '../../src/reconcile/reconcile.js';
import type { Article, Claim, ClaimKind, Finding, Severity, Verdict } from '../../src/types.js';
import type { LedgerRun } from '../../src/ledger/run-entries.js';
import { stableId } from '../../src/util/hash.js';
import type { Reviewer } from '../../src/ledger/decide.js';

export function article(id: string, text: string): Article {
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    text,
    textSource: 'file',
    published: { value: '2031-03-14', basis: 'given' },
    excluded: [],
    problems: [],
  };
}

/**
 * Claims of one article at the given quotes, in order; `nth` picks a later occurrence of the quote.
 * Ids come from the real allocator, so they behave as the pipeline's do.
 */
export function claimsOf(source: Article, specs: { kind: ClaimKind; quote: string; value: unknown; nth?: number }[]): Claim[] {
  const placed = specs.map((spec) => {
    let start = -1;
    for (let i = 0; i <= (spec.nth ?? 0); i++) start = source.text.indexOf(spec.quote, start + 1);
    if (start < 0) throw new Error(`fixture: "${spec.quote}" not in ${source.id}`);
    return { spec, start };
  });
  placed.sort((a, b) => a.start - b.start);
  const ids = new ClaimIdAllocator(source.id);
  const sentenceStarts = [...source.text.matchAll(/[.!?]\s+/gu)].map((match) => match.index! + match[0].length);
  return placed.map(({ spec, start }) => {
    const before = source.text.slice(0, start);
    const line = before.split('\n').length;
    return {
      id: ids.next(spec.kind, spec.quote),
      article: source.id,
      kind: spec.kind,
      text: spec.quote,
      span: { start, end: start + spec.quote.length },
      line,
      column: start - before.lastIndexOf('\n'),
      sentence: sentenceStarts.filter((offset) => offset <= start).length,
      value: spec.value,
      certainty: {},
    } as Claim;
  });
}

export function finding(rule: string, claims: Claim[], options: { severity?: Severity; verdict?: Verdict; message?: string } = {}): Finding {
  return {
    id: stableId('f', [rule, ...claims.map((claim) => claim.id)]),
    rule,
    severity: options.severity ?? 'error',
    verdict: options.verdict ?? 'conflict',
    message: options.message ?? `${rule}: ${claims.map((claim) => `"${claim.text}"`).join(' vs ')}`,
    confidence: 0.9,
    positions: claims.map(positionOfClaim),
  };
}

export function run(articles: Article[], claims: Claim[], findings: Finding[]): LedgerRun {
  return { articles, claims, findings };
}

/** A reviewer with a fixed name and clock. */
export const REVIEWER: Reviewer = { who: 'Test Reviewer', now: () => new Date('2031-03-15T09:30:00.000Z') };

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corroborate-ledger-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Two short articles about one invented event, written for these tests. */
export function twoReports(): { a: Article; b: Article; claims: Claim[]; conflict: Finding } {
  const a = article(
    'harbour-wire',
    'The ferry Aurora left Port Velm on Tuesday with 212 passengers aboard.\nOfficials said the crossing took nine hours.\n',
  );
  const b = article(
    'coast-daily',
    'Carrying 212 passengers, the Aurora sailed from Port Velm on Wednesday.\nThe harbour master called the trip routine.\n',
  );
  const claimsA = claimsOf(a, [
    { kind: 'time', quote: 'on Tuesday', value: { timex: { type: 'DATE', value: '2031-03-11' } } },
    { kind: 'quantity', quote: '212 passengers', value: { amount: 212, unit: 'people', dimension: 'count', qualifier: 'exactly' } },
  ]);
  const claimsB = claimsOf(b, [
    { kind: 'time', quote: 'on Wednesday', value: { timex: { type: 'DATE', value: '2031-03-12' } } },
    { kind: 'quantity', quote: '212 passengers', value: { amount: 212, unit: 'people', dimension: 'count', qualifier: 'exactly' } },
  ]);
  const conflict = finding('time-conflict', [claimsA.find((c) => c.kind === 'time')!, claimsB.find((c) => c.kind === 'time')!]);
  return { a, b, claims: [...claimsA, ...claimsB], conflict };
}
