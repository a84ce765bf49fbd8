import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decide } from '../../src/ledger/decide.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { articleFileName, loadLedger, saveLedger } from '../../src/ledger/ledger-store.js';
import { syncLedger } from '../../src/ledger/sync.js';
import { REVIEWER, run, tempDir, twoReports } from './fixtures.js';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

describe('ledger files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  test('a missing folder is an empty ledger that is not started', async () => {
    const ledger = await loadLedger(path.join(dir, 'claims'), 'claims');
    expect(ledger.started).toBe(false);
    expect(ledger.findings).toEqual([]);
  });

  test('save writes one file per article plus findings.json; reading back and saving again changes nothing', async () => {
    const { a, b, claims, conflict } = twoReports();
    const claimsDir = path.join(dir, 'claims');
    const synced = syncLedger(await loadLedger(claimsDir, 'claims'), run([a, b], claims, [conflict]));
    expect(await saveLedger(synced.ledger)).toEqual(['findings.json', 'coast-daily.json', 'harbour-wire.json']);
    const first = await snapshot(claimsDir);
    expect(first['findings.json']!.endsWith('}\n')).toBe(true);
    expect(JSON.parse(first['harbour-wire.json']!).claims.map((c: { quote: string }) => c.quote).sort()).toEqual(['212 passengers', 'on Tuesday']);

    const again = syncLedger(await loadLedger(claimsDir, 'claims'), run([a, b], claims, [conflict]));
    expect(await saveLedger(again.ledger)).toEqual([]);
    expect(await snapshot(claimsDir)).toEqual(first);
  });

  test('the same ledger and run give byte-identical files in another folder', async () => {
    const { a, b, claims, conflict } = twoReports();
    const write = async (name: string) => {
      const target = path.join(dir, name);
      const synced = syncLedger(await loadLedger(target, name), run([a, b], claims, [conflict]));
      const key = synced.findings[0]!.entry.key;
      const index = synced.ledger.findings.findIndex((entry) => entry.key === key);
      synced.ledger.findings[index] = decide(synced.ledger.findings[index]!, { action: 'reject', note: 'two crossings' }, REVIEWER);
      await saveLedger(synced.ledger);
      return snapshot(target);
    };
    expect(await write('one')).toEqual(await write('two'));
  });

  test('a malformed file is a LedgerError naming the file and the place, and nothing is rewritten', async () => {
    const { a, b, claims, conflict } = twoReports();
    const claimsDir = path.join(dir, 'claims');
    await saveLedger(syncLedger(await loadLedger(claimsDir, 'claims'), run([a, b], claims, [conflict])).ledger);
    const broken = (await readFile(path.join(claimsDir, 'findings.json'), 'utf8')).replace('"status": "pending"', '"status": "maybe"');
    await writeFile(path.join(claimsDir, 'findings.json'), broken);
    const before = await snapshot(claimsDir);
    await expect(loadLedger(claimsDir, 'claims')).rejects.toThrow(
      new LedgerError('claims/findings.json: findings[0].status: "maybe" is not one of pending, accepted, dismissed, fixed'),
    );
    expect(await snapshot(claimsDir)).toEqual(before);
  });

  test.each([
    ['{"schemaVersion": 1,\n "findings": [}', /^claims\/findings\.json: not valid JSON at line 2, column 15 \(value expected\)$/u],
    ['{"schemaVersion": 1, "findings": []} x', /^claims\/findings\.json: not valid JSON at line 1, column 38 \(invalid symbol\)$/u],
    ['{"schemaVersion": 1, "findings": [', /^claims\/findings\.json: not valid JSON: the file ends before the JSON does/u],
    ['{"schemaVersion": 2, "findings": []}', /^claims\/findings\.json: schemaVersion: expected 1, got number$/u],
    ['{"schemaVersion": 1, "findings": {}}', /^claims\/findings\.json: findings: expected a list, got object$/u],
    ['{"schemaVersion": 1, "findings": [], "notes": 1}', /unknown field "notes"/u],
  ])('findings.json %s → one clear line', async (text, message) => {
    await mkdir(path.join(dir, 'claims'));
    await writeFile(path.join(dir, 'claims', 'findings.json'), text);
    await expect(loadLedger(path.join(dir, 'claims'), 'claims')).rejects.toThrow(message);
  });

  test('merge conflict markers are named as such, with their line', async () => {
    await mkdir(path.join(dir, 'claims'));
    await writeFile(path.join(dir, 'claims', 'findings.json'), '{\n  "schemaVersion": 1,\n<<<<<<< HEAD\n  "findings": []\n=======\n  "findings": [ ]\n>>>>>>> theirs\n}\n');
    await expect(loadLedger(path.join(dir, 'claims'), 'claims')).rejects.toThrow('claims/findings.json: unresolved merge conflict at line 3');
  });

  test('a byte-order mark is tolerated', async () => {
    await mkdir(path.join(dir, 'claims'));
    await writeFile(path.join(dir, 'claims', 'findings.json'), '\uFEFF{"schemaVersion": 1, "findings": []}\n');
    expect((await loadLedger(path.join(dir, 'claims'), 'claims')).started).toBe(true);
  });

  test('an unwritable ledger folder is a LedgerError naming the file', async () => {
    const { a, b, claims, conflict } = twoReports();
    // A file where a parent folder should be: fails for every user, root included.
    await writeFile(path.join(dir, 'occupied'), 'not a folder');
    const synced = syncLedger(await loadLedger(path.join(dir, 'claims'), 'claims'), run([a, b], claims, [conflict]));
    const misplaced = { ...synced.ledger, dir: path.join(dir, 'occupied', 'claims'), label: 'occupied/claims' };
    await expect(saveLedger(misplaced)).rejects.toThrow(/^occupied\/claims\/findings\.json: cannot write \(ENOTDIR\)/u);
  });

  test('an article file under the wrong name, or with a duplicate id, is refused', async () => {
    await mkdir(path.join(dir, 'claims'));
    const entry = { id: 'time-1', kind: 'time', quote: 'q', context: 'c', value: null, evidence: 'e', status: 'pending' };
    await writeFile(path.join(dir, 'claims', 'other.json'), JSON.stringify({ schemaVersion: 1, article: 'mine', claims: [entry] }));
    await expect(loadLedger(path.join(dir, 'claims'), 'claims')).rejects.toThrow('claims/other.json: holds the claims of article "mine", which belong in claims/mine.json');
    await writeFile(path.join(dir, 'claims', 'other.json'), JSON.stringify({ schemaVersion: 1, article: 'other', claims: [entry, entry] }));
    await expect(loadLedger(path.join(dir, 'claims'), 'claims')).rejects.toThrow('claims/other.json: claims[1].id: "time-1" appears twice');
  });

  test('hidden files and files that are not JSON are ignored', async () => {
    await mkdir(path.join(dir, 'claims'));
    await writeFile(path.join(dir, 'claims', '.gitkeep'), '');
    await writeFile(path.join(dir, 'claims', '.lock'), 'not json');
    await writeFile(path.join(dir, 'claims', 'README.md'), '# ledger');
    expect((await loadLedger(path.join(dir, 'claims'), 'claims')).articles.size).toBe(0);
  });

  test('article ids that would clash with findings.json or be hidden get an escaped file name', () => {
    expect(articleFileName('000_report')).toBe('000_report.json');
    expect(articleFileName('findings')).toBe('%66indings.json');
    expect(articleFileName('.draft')).toBe('%2Edraft.json');
    expect(articleFileName('%20')).toBe('%2520.json');
  });
});
