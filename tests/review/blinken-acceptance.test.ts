/**
 * Acceptance on a temporary copy of ../shared/corpus/blinken (read at run time): the CI gate over a
 * reviewed baseline, and the interactive reviewer on the real corpus. Asserts behaviour, not
 * counts: the corpus gains findings as the extractors and rules grow.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/cli.js';
import { loadLedger } from '../../src/ledger/ledger-store.js';
import { getEntry, type EntryRef } from '../../src/ledger/entry-ref.js';
import { memoryIO } from '../helpers/memory-io.js';
import { describeWithShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../ledger/fixtures.js';
import { PtyRun, requireBin } from './pty-driver.js';

// Written for this test: the meeting with Xi is on the agenda, which other reports deny.
// Dated like a newly collected article would be: undated, it could belong to either trip.
const DISAGREEING = `---
published: 2024-04-25
---
Blinken to sit down with Xi in Beijing

Antony Blinken's agenda for the China trip includes a meeting with President Xi Jinping on Friday in Beijing, the State Department said on Wednesday.
Officials travelling with the secretary of state said the talks with Xi were the centrepiece of the three-day visit.
`;

const ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', USER: 'acceptance', SOURCE_DATE_EPOCH: '1962064800' };

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

describeWithShared('the review ledger on a copy of ../shared/corpus/blinken', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let corpus: string;
  const cli = async (args: string[]) => {
    const io = memoryIO({ cwd: root, env: ENV });
    const code = await run(args, io);
    return { code, out: io.out, err: io.err };
  };

  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir());
    corpus = path.join(root, 'blinken');
    await cp(sharedPath('corpus', 'blinken'), corpus, { recursive: true });
  });
  afterEach(() => cleanup());

  test('check --ci fails, a baseline makes it pass, a disagreeing article makes it fail again without touching claims/', async () => {
    const unreviewed = await cli(['check', corpus, '--ci', '--format', 'json']);
    // The corpus holds at least one error-level disagreement (the Xi meeting, for one): none has a verdict yet.
    const errors = (JSON.parse(unreviewed.out) as { findings: { severity: string; message: string }[] }).findings.filter((finding) => finding.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(unreviewed.code).toBe(1);
    expect(existsSync(path.join(root, 'claims'))).toBe(false);

    const baseline = await cli(['review', '--accept-all', corpus]);
    expect(baseline).toMatchObject({ code: 0, err: '' });
    expect(baseline.out).toMatch(/^accepted \d+ items in claims\n$/u);
    const accepted = await snapshot(path.join(root, 'claims'));

    const reviewed = await cli(['check', corpus, '--ci']);
    expect(reviewed.err).toBe('');
    expect(reviewed.code).toBe(0);

    await writeFile(path.join(corpus, '005_agenda.txt'), DISAGREEING);
    const disagreeing = await cli(['check', corpus, '--ci']);
    expect(disagreeing.code).toBe(1);
    // Named on stderr: a finding with no verdict (or a verdict on other evidence) that involves the new article.
    expect(disagreeing.err).toMatch(/^corroborate: (?:no verdict|evidence changed since it was \w+): /mu);
    const report = JSON.parse((await cli(['check', corpus, '--ci', '--format', 'json'])).out) as { findings: { severity: string; positions: { article: string }[] }[] };
    expect(report.findings.some((finding) => finding.severity === 'error' && finding.positions.some((position) => position.article === '005_agenda'))).toBe(true);
    expect(await snapshot(path.join(root, 'claims'))).toEqual(accepted);
  });

  test('pressing r on the first item in the interactive reviewer and quitting leaves that rejection on disk', async () => {
    requireBin();
    const review = new PtyRun(['review', corpus], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, TERM: 'xterm-256color', NO_COLOR: '1', ...ENV } });
    try {
      const screen = await review.waitFor(/\[1\/\d+\]/u);
      const [, id] = /\[1\/\d+\]\s+(\S+)/u.exec(screen)!;
      review.press('r');
      await review.waitFor(`rejected ${id}`);
      review.press('q');
      expect((await review.exited).exitCode).toBe(0);
      const ledger = await loadLedger(path.join(root, 'claims'), 'claims');
      const finding = ledger.findings.find((entry) => entry.key === id);
      const ref: EntryRef = finding
        ? { type: 'finding', key: id! }
        : { type: 'claim', article: [...ledger.articles.values()].find((a) => a.claims.some((c) => c.id === id))!.article, id: id! };
      expect(getEntry(ledger, ref)).toMatchObject({ status: ref.type === 'finding' ? 'dismissed' : 'wrong', by: 'acceptance', at: '2032-03-05T02:00:00Z' });
      // The first item is the most severe finding when there is one.
      if (ledger.findings.length > 0) expect(ref.type).toBe('finding');
    } finally {
      review.kill();
    }
  });
});
