/**
 * The interactive reviewer, driven through a real pseudo-terminal: keys pressed, the screen read,
 * and the ledger on disk checked after every key.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLedger } from '../../src/ledger/ledger-store.js';
import type { FindingEntry } from '../../src/ledger/ledger-types.js';
import { tempDir } from '../ledger/fixtures.js';
import { writeFixtureLedger } from './ledger-fixture.js';
import { renderWordDiff } from '../../src/review/render-item.js';
import { ansi } from '../../src/report/ansi.js';
import { PtyRun, requireBin } from './pty-driver.js';

const CLOCK = '1962064800'; // 2032-03-05T02:00:00Z

describe('corroborate review in a terminal', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let claimsDir: string;
  const runs: PtyRun[] = [];

  function env(): Record<string, string> {
    const gitConfig = path.join(root, 'gitconfig');
    return {
      PATH: process.env.PATH ?? '',
      HOME: root,
      TERM: 'xterm-256color',
      NO_COLOR: '1',
      USER: 'pty-tester',
      GIT_CONFIG_GLOBAL: gitConfig,
      GIT_CONFIG_NOSYSTEM: '1',
      SOURCE_DATE_EPOCH: CLOCK,
    };
  }

  function start(args: string[] = []): PtyRun {
    const run = new PtyRun(['review', ...args], { cwd: root, env: env() });
    runs.push(run);
    return run;
  }

  async function findings(): Promise<FindingEntry[]> {
    return (await loadLedger(claimsDir, 'claims')).findings;
  }

  async function statusOf(key: string): Promise<FindingEntry> {
    return (await findings()).find((entry) => entry.key === key)!;
  }

  /** The id shown in the `[i/n]` header. */
  function currentId(screen: string): string {
    return /\[\d+\/\d+\]\s+(\S+)/u.exec(screen)![1]!;
  }

  beforeAll(() => requireBin());
  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir());
    await writeFile(path.join(root, 'gitconfig'), '[user]\n\tname = Pat Reviewer\n');
    claimsDir = await writeFixtureLedger(root);
  });
  afterEach(async () => {
    for (const run of runs.splice(0)) run.kill();
    await cleanup();
  });

  test('shows [i/n], the finding with its sides in context and the word diff; r, n, a, u and q each reach the disk at once', async () => {
    const review = start();
    let screen = await review.waitFor('[1/9]');
    const first = currentId(screen);
    const shown = await statusOf(first);
    expect(screen).toContain(`FINDING  ${shown.rule} · error · pending`);
    expect(screen).toContain(shown.message);
    for (const side of shown.sides) {
      expect(screen).toContain(`${side.article}  “${side.quote}”  → `);
      expect(screen).toContain(side.context.replace(side.quote, `«${side.quote}»`));
    }
    expect(screen).toContain(`word diff:\n    ${renderWordDiff(shown.sides[0]!.quote, shown.sides[1]!.quote, ansi(false), false)}`);
    expect(screen).toMatch(/\[-[^\]]+-\]\{\+[^}]+\+\}/u);
    expect(screen).toContain('a accept  r reject  e correct  n note  s skip  u undo  ? help  q quit');

    review.press('r');
    screen = await review.waitFor('[2/9]');
    expect(screen).toContain(`✘ rejected ${first}`);
    expect(await statusOf(first)).toMatchObject({ status: 'dismissed', by: 'Pat Reviewer', at: '2032-03-05T02:00:00Z' });
    const second = currentId(screen);

    review.press('n');
    await review.waitFor('Note (Enter saves, Esc cancels):');
    review.press('two counts, both from officials\r');
    await review.waitFor(`noted on ${second}`);
    expect(await statusOf(second)).toMatchObject({ status: 'pending', note: 'two counts, both from officials' });

    review.press('a');
    screen = await review.waitFor('[3/9]');
    expect(await statusOf(second)).toMatchObject({ status: 'accepted', note: 'two counts, both from officials' });

    review.press('u');
    screen = await review.waitFor(`↶ undid ${second}`);
    expect(screen).toContain('[2/9]');
    expect(await statusOf(second)).toMatchObject({ status: 'pending', note: 'two counts, both from officials' });

    review.press('?');
    await review.waitFor('corroborate review — keys');
    review.press('x');
    await review.waitFor('[2/9]');

    review.press('q');
    expect((await review.exited).exitCode).toBe(0);
    expect(review.output()).toMatch(/corroborate review: 0 accepted, 1 rejected, 0 corrected, 0 skipped, 8 not reached; every decision is saved in claims/u);
    expect(review.output()).toContain(`rejected: ${first}`);
    expect(await statusOf(first)).toMatchObject({ status: 'dismissed' });
    expect(existsSync(path.join(claimsDir, '.lock'))).toBe(false);
  });

  test('capitals act on every remaining item of the rule or claim kind; e records a correction', async () => {
    const review = start(['--only', 'claims']);
    // Without articles named, claims come by article, then kind, then quote.
    let screen = await review.waitFor('[1/6]');
    expect(screen).toContain('CLAIM  person · north-post · pending');
    expect(screen).toContain('“Ilse Varga”  → Ilse Varga Mayor');
    expect(screen).toContain('in name-variant (warning, pending)');
    expect(screen).toContain('south-news  “Ilse Vargha”');
    review.press('s');
    screen = await review.waitFor('[2/6]');
    expect(screen).toContain('CLAIM  quantity · north-post');
    const crowd = currentId(screen);
    review.press('e');
    await review.waitFor('Correct value');
    review.press('about 3,000 people\r');
    screen = await review.waitFor('[3/6]');
    expect(screen).toContain('CLAIM  time · north-post');
    review.press('A');
    // Every remaining time claim (north-post's now, south-news's later) in one keypress.
    screen = await review.waitFor('accepted 2 items of time claims');
    expect(screen).toContain('[4/6]');
    expect(screen).toContain('CLAIM  person · south-news');
    const ledger = await loadLedger(claimsDir, 'claims');
    const all = [...ledger.articles.values()].flatMap((article) => article.claims);
    expect(all.find((claim) => claim.id === crowd)).toMatchObject({ status: 'corrected', correction: 'about 3,000 people' });
    expect(all.filter((claim) => claim.kind === 'time').map((claim) => claim.status)).toEqual(['confirmed', 'confirmed']);
    expect(all.filter((claim) => claim.kind === 'person').map((claim) => claim.status)).toEqual(['pending', 'pending']);
    review.press('q');
    expect((await review.exited).exitCode).toBe(0);
    expect(review.output()).toMatch(/2 accepted, 0 rejected, 1 corrected, 1 skipped, 2 not reached/u);
  });

  test('an interrupt in the middle leaves a valid ledger with every earlier decision, and no lock', async () => {
    const review = start();
    let screen = await review.waitFor('[1/9]');
    const first = currentId(screen);
    review.press('a');
    screen = await review.waitFor('[2/9]');
    const second = currentId(screen);
    review.press('r');
    await review.waitFor('[3/9]');
    review.signal('SIGINT');
    const exit = await review.exited;
    expect(exit.exitCode).toBe(130);
    expect(review.output()).toContain('corroborate review (interrupted): 1 accepted, 1 rejected');
    const ledger = await loadLedger(claimsDir, 'claims');
    expect(ledger.findings.find((entry) => entry.key === first)!.status).toBe('accepted');
    expect(ledger.findings.find((entry) => entry.key === second)!.status).toBe('dismissed');
    expect(existsSync(path.join(claimsDir, '.lock'))).toBe(false);
    expect((await readFile(path.join(claimsDir, 'findings.json'), 'utf8')).endsWith('}\n')).toBe(true);
  });

  test('Ctrl-C typed at a prompt stops the reviewer and keeps what was decided', async () => {
    const review = start();
    const first = currentId(await review.waitFor('[1/9]'));
    review.press('a');
    await review.waitFor('[2/9]');
    review.press('n');
    await review.waitFor('Note');
    review.press('half a no');
    review.press('\u0003');
    expect((await review.exited).exitCode).toBe(130);
    expect((await statusOf(first)).status).toBe('accepted');
    expect((await findings()).filter((entry) => entry.note !== undefined)).toEqual([]);
  });

  test('a second reviewer at the same time is refused with a clear message', async () => {
    const one = start();
    await one.waitFor('[1/9]');
    const two = start();
    const exit = await two.exited;
    expect(exit.exitCode).toBe(2);
    expect(two.output()).toMatch(new RegExp(`corroborate: claims is locked by corroborate review \\(pid ${one.pid} on [^)]+\\): wait for it to finish, or delete claims/\\.lock if that process is gone`, 'u'));
    one.press('q');
    expect((await one.exited).exitCode).toBe(0);
  });
});
