/** The non-interactive side of `review`, run in-process. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../src/cli/cli.js';
import { loadLedger } from '../../src/ledger/ledger-store.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from '../ledger/fixtures.js';
import { writeFixtureLedger } from './ledger-fixture.js';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

describe('corroborate review without a terminal', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let claimsDir: string;
  // No git user.name reachable: the reviewer is $USER; the clock is fixed.
  const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', USER: 'script-user', SOURCE_DATE_EPOCH: '1962064800' };
  const cli = async (args: string[]) => {
    const io = memoryIO({ cwd: root, env });
    const code = await run(args, io);
    return { code, out: io.out, err: io.err };
  };

  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir());
    claimsDir = await writeFixtureLedger(root);
  });
  afterEach(() => cleanup());

  test('the interactive reviewer refuses (exit 2) and names the non-interactive verbs', async () => {
    const before = await snapshot(claimsDir);
    const { code, err, out } = await cli(['review']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('corroborate: review is interactive and needs a terminal; without one, use:');
    for (const verb of ['review --list', 'review --accept ID [--note TEXT]', 'review --reject ID --note TEXT', 'review --accept-all']) expect(err).toContain(verb);
    expect(await snapshot(claimsDir)).toEqual(before);
  });

  test('--list prints one line per item with its id and writes nothing', async () => {
    const before = await snapshot(claimsDir);
    const { code, out, err } = await cli(['review', '--list']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('9 items to review (3 findings, 6 claims) in claims');
    expect(lines).toContainEqual(expect.stringMatching(/^name-variant-[0-9a-f]{10} {2}pending {2}finding name-variant \(warning\) {2}north-post, south-news {2}“Ilse Varga” \/ “Ilse Vargha”$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^time-[0-9a-f]{10} {2}pending {2}claim time {2}north-post {2}“on Friday” {2}→ DATE 2031-03-14$/u));
    expect(await snapshot(claimsDir)).toEqual(before);
  });

  test('--accept and --reject by id (or a unique prefix) record who, when and the note', async () => {
    const { out } = await cli(['review', '--list', '--only', 'findings']);
    const [first, second] = out.split('\n').slice(0, 2).map((line) => line.split(' ')[0]!);
    expect((await cli(['review', '--accept', first!.slice(0, -3), '--note', 'checked with the council'])).out).toBe(`accepted finding ${first}\n`);
    const rejected = await cli(['review', '--reject', second!, '--note', 'both counts are estimates']);
    expect(rejected).toEqual({ code: 0, out: `rejected finding ${second}\n`, err: '' });
    const ledger = await loadLedger(claimsDir, 'claims');
    expect(ledger.findings.find((entry) => entry.key === first)).toMatchObject({
      status: 'accepted',
      note: 'checked with the council',
      by: 'script-user',
      at: '2032-03-05T02:00:00Z',
    });
    expect(ledger.findings.find((entry) => entry.key === second)).toMatchObject({ status: 'dismissed', note: 'both counts are estimates' });
    expect((await cli(['review', '--list'])).out).toMatch(/\n7 items to review \(1 finding, 6 claims\) in claims\n$/u);
  });

  test('--correct records a corrected claim value', async () => {
    const { out } = await cli(['review', '--list', '--only', 'claims']);
    const time = out.split('\n').find((line) => line.includes('“on Friday”'))!.split(' ')[0]!;
    expect((await cli(['review', '--correct', time, '--value', '2031-03-13'])).out).toBe(`corrected claim ${time}\n`);
    const entry = (await loadLedger(claimsDir, 'claims')).articles.get('north-post')!.claims.find((claim) => claim.id === time);
    expect(entry).toMatchObject({ status: 'corrected', correction: '2031-03-13', by: 'script-user' });
  });

  test.each([
    [['review', '--reject', 'time-'], '--reject needs --note TEXT'],
    [['review', '--correct', 'time-'], '--correct needs --value TEXT'],
    [['review', '--list', '--accept-all'], 'choose one of --list, --accept, --reject, --correct, --accept-all (got --list, --accept-all)'],
    [['review', '--accept', 'nothing-like-this'], 'nothing-like-this: no claim or finding with this id in claims (see review --list)'],
    [['review', '--accept', 'time-'], 'time-: matches 2 entries'],
  ])('%j is exit 2 with one line, and nothing is written', async (args, message) => {
    const before = await snapshot(claimsDir);
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(await snapshot(claimsDir)).toEqual(before);
  });

  test('--accept-all accepts everything that needs review; then nothing is left', async () => {
    expect(await cli(['review', '--accept-all'])).toEqual({ code: 0, out: 'accepted 9 items in claims\n', err: '' });
    const ledger = await loadLedger(claimsDir, 'claims');
    expect(ledger.findings.map((entry) => entry.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect([...ledger.articles.values()].flatMap((article) => article.claims).every((claim) => claim.status === 'confirmed')).toBe(true);
    expect((await cli(['review', '--list'])).out).toBe('0 items to review (0 findings, 0 claims) in claims\n');
  });

  test('a malformed ledger is exit 2 naming the file; nothing is rewritten', async () => {
    await writeFile(path.join(claimsDir, 'findings.json'), '{"schemaVersion": 1, "findings": [}\n');
    const before = await snapshot(claimsDir);
    const { code, err } = await cli(['review', '--accept-all']);
    expect(code).toBe(2);
    expect(err).toBe('corroborate: claims/findings.json: not valid JSON at line 1, column 35 (value expected)\n');
    expect(await snapshot(claimsDir)).toEqual(before);
  });

  test('without articles and without a ledger it says how to start one', async () => {
    const { code, err } = await cli(['review', '--list', '--claims', 'elsewhere']);
    expect(code).toBe(2);
    expect(err).toBe('corroborate: elsewhere: no review ledger here yet; name the articles to start one: corroborate review <paths..>\n');
  });
});
