import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../src/cli/io.js';
import { ciFromEnv, ciMode, ledgerStep } from '../../src/ledger/check-step.js';
import { decide } from '../../src/ledger/decide.js';
import { loadLedger, saveLedger } from '../../src/ledger/ledger-store.js';
import { acquireLock } from '../../src/ledger/lock.js';
import { buildResult, type RunOutcome } from '../../src/pipeline.js';
import type { Article, Claim, Finding } from '../../src/types.js';
import { memoryIO } from '../helpers/memory-io.js';
import { article, claimsOf, finding, REVIEWER, tempDir, twoReports } from './fixtures.js';

function outcome(articles: Article[], claims: Claim[], findings: Finding[]): RunOutcome {
  return { result: buildResult(articles, claims, findings), articles };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

describe('ciMode', () => {
  test('explicit flags win; else CI set to anything but a false word', () => {
    expect(ciMode(true, {})).toBe(true);
    expect(ciMode(false, { CI: 'true' })).toBe(false);
    expect(ciMode(undefined, { CI: 'true' })).toBe(true);
    expect(ciMode(undefined, { CI: '1' })).toBe(true);
    expect(ciMode(undefined, {})).toBe(false);
    for (const off of ['', '0', 'false', 'FALSE', 'no', 'off']) expect(ciFromEnv(off)).toBe(false);
  });
});

describe('ledgerStep (the ledger part of check)', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir: root, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  const options = (ci: boolean, claims?: string) => ({ ci, claims, threshold: 'error' as const });

  test('with no ledger yet and no --claims, check writes nothing and every finding counts', async () => {
    const { a, b, claims, conflict } = twoReports();
    const io = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, [conflict]), options(false), io)).toEqual([conflict]);
    expect(existsSync(path.join(root, 'claims'))).toBe(false);
    expect(io.err).toBe('');
    // --ci before any review: the same findings count, and nothing is added to stderr.
    const ci = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, [conflict]), options(true), ci)).toEqual([conflict]);
    expect(ci.err).toBe('');
    expect(existsSync(path.join(root, 'claims'))).toBe(false);
  });

  test('check records new claims and findings as pending; --ci then writes nothing and fails on them', async () => {
    const { a, b, claims, conflict } = twoReports();
    const io = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, [conflict]), options(false, 'claims'), io)).toEqual([conflict]);
    expect(io.err).toContain('corroborate: recorded 1 new finding and 4 new claims as pending in claims; review them with: corroborate review\n');
    expect(io.err).toContain('corroborate: 1 finding at or above error needs review (1 without a verdict, 0 changed since reviewed): corroborate review\n');
    const recorded = await snapshot(path.join(root, 'claims'));
    expect(Object.keys(recorded)).toEqual(['coast-daily.json', 'findings.json', 'harbour-wire.json']);

    // A new article in CI: its findings fail the run, and claims/ stays byte-identical.
    const c = article('bay-times', 'The Aurora left port on Thursday, the bay authority said.\n');
    const claimsC = claimsOf(c, [{ kind: 'time', quote: 'on Thursday', value: { timex: { type: 'DATE', value: '2031-03-13' } } }]);
    const extra = finding('time-conflict', [claims[0]!, claimsC[0]!]);
    const ci = memoryIO({ cwd: root });
    const counted = await ledgerStep(outcome([a, b, c], [...claims, ...claimsC], [conflict, extra]), options(true, 'claims'), ci);
    expect(counted.map((f) => f.id).sort()).toEqual([conflict.id, extra.id].sort());
    expect(await snapshot(path.join(root, 'claims'))).toEqual(recorded);
    expect(ci.err).not.toContain('recorded');
    expect(ci.err.match(/^corroborate: no verdict: time-conflict-[0-9a-f]{10} \(error\) /gmu)).toHaveLength(2);
  });

  test('verdicts cover findings in CI; a dismissed finding with changed evidence fails again; stale verdicts are printed', async () => {
    const { a, b, claims, conflict } = twoReports();
    await ledgerStep(outcome([a, b], claims, [conflict]), options(false, 'claims'), memoryIO({ cwd: root }));
    const ledger = await loadLedger(path.join(root, 'claims'), 'claims');
    ledger.findings = ledger.findings.map((entry) => decide(entry, { action: 'reject', note: 'two sailings' }, REVIEWER));
    await saveLedger(ledger);

    const clean = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, [conflict]), options(true, 'claims'), clean)).toEqual([]);
    expect(clean.err).toBe('');

    // The other side's date is re-read as a different day: same quotes (same key), other evidence.
    const revalued = { ...conflict, positions: conflict.positions.map((p, i) => (i === 1 ? { ...p, value: { timex: { type: 'DATE', value: '2031-03-19' } } } : p)) };
    const changed = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, [revalued]), options(true, 'claims'), changed)).toEqual([revalued]);
    expect(changed.err).toMatch(/^corroborate: evidence changed since it was dismissed: time-conflict-/u);

    const gone = memoryIO({ cwd: root });
    expect(await ledgerStep(outcome([a, b], claims, []), options(true, 'claims'), gone)).toEqual([]);
    expect(gone.err).toMatch(/^corroborate: stale verdict in claims\/findings\.json: time-conflict-[0-9a-f]{10} \(dismissed, time-conflict\) “on Tuesday” \/ “on Wednesday” matches no finding now\n$/u);
  });

  test('a malformed ledger file is exit 2 naming it, and nothing is rewritten', async () => {
    const { a, b, claims, conflict } = twoReports();
    await ledgerStep(outcome([a, b], claims, [conflict]), options(false, 'claims'), memoryIO({ cwd: root }));
    await writeFile(path.join(root, 'claims', 'coast-daily.json'), '{"schemaVersion": 1, "article": "coast-daily", "claims": [{}]}\n');
    const before = await snapshot(path.join(root, 'claims'));
    for (const ci of [false, true]) {
      const attempt = ledgerStep(outcome([a, b], claims, [conflict]), options(ci, 'claims'), memoryIO({ cwd: root }));
      await expect(attempt).rejects.toThrow(UsageError);
      await expect(attempt).rejects.toThrow('claims/coast-daily.json: claims[0].id: expected a string, got nothing');
    }
    expect(await snapshot(path.join(root, 'claims'))).toEqual(before);
  });

  test('while a reviewer holds the lock, check says it cannot record and still gates', async () => {
    const { a, b, claims, conflict } = twoReports();
    await ledgerStep(outcome([a, b], claims, [conflict]), options(false, 'claims'), memoryIO({ cwd: root }));
    const lock = await acquireLock(path.join(root, 'claims'), 'claims', 'corroborate review');
    try {
      const io = memoryIO({ cwd: root });
      const c = article('bay-times', 'Nobody disputes that the Aurora sailed in March.\n');
      expect(await ledgerStep(outcome([a, b, c], claims, [conflict]), options(false, 'claims'), io)).toEqual([conflict]);
      expect(io.err).toContain(`corroborate: not recording pending items: claims is locked by corroborate review (pid ${process.pid}`);
    } finally {
      lock.release();
    }
  }, 10000);
});
