/** Two reviewers on two branches decide different items: git merges the ledger without a conflict. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { decide } from '../../src/ledger/decide.js';
import { loadLedger, saveLedger } from '../../src/ledger/ledger-store.js';
import { syncLedger } from '../../src/ledger/sync.js';
import { article, claimsOf, finding, REVIEWER, run, tempDir } from './fixtures.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
}

test('verdicts on different findings, made on two branches, merge cleanly into a valid ledger', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const x = article('east', 'Ferries stopped on Monday; 14 routes closed and 300 staff stayed home.\n');
    const y = article('west', 'On Tuesday ferries stopped, closing 12 routes while 350 staff stayed home.\n');
    const cx = claimsOf(x, [
      { kind: 'time', quote: 'on Monday', value: 'D1' },
      { kind: 'quantity', quote: '14 routes', value: 14 },
      { kind: 'quantity', quote: '300 staff', value: 300 },
    ]);
    const cy = claimsOf(y, [
      { kind: 'time', quote: 'On Tuesday', value: 'D2' },
      { kind: 'quantity', quote: '12 routes', value: 12 },
      { kind: 'quantity', quote: '350 staff', value: 350 },
    ]);
    const findings = [0, 1, 2].map((i) => finding(['day', 'routes', 'staff'][i]!, [cx[i]!, cy[i]!]));
    const claimsDir = path.join(dir, 'claims');
    await saveLedger(syncLedger(await loadLedger(claimsDir, 'claims'), run([x, y], [...cx, ...cy], findings)).ledger);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', 'claims');
    git(dir, 'commit', '-q', '-m', 'pending');

    const decideRule = async (rule: string, action: 'accept' | 'reject') => {
      const ledger = await loadLedger(claimsDir, 'claims');
      ledger.findings = ledger.findings.map((entry) => (entry.rule === rule ? decide(entry, { action, note: `${rule} checked` }, REVIEWER) : entry));
      await saveLedger(ledger);
      git(dir, 'commit', '-q', '-am', `${action} ${rule}`);
    };
    git(dir, 'checkout', '-q', '-b', 'first');
    await decideRule('day', 'accept');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'second');
    await decideRule('routes', 'reject');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-edit', 'first');
    git(dir, 'merge', '-q', '--no-edit', 'second');

    const merged = await loadLedger(claimsDir, 'claims');
    expect(Object.fromEntries(merged.findings.map((entry) => [entry.rule, entry.status]))).toEqual({ day: 'accepted', routes: 'dismissed', staff: 'pending' });
  } finally {
    await cleanup();
  }
});
