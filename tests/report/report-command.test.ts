import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

// Input paths are given absolute: the pipeline reads them relative to the process, while --out is
// resolved against the CLI's working directory (memoryIO's cwd).

/** Two short articles written for this test, with dates so the output does not depend on the day. */
function corpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-report-'));
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(
    path.join(dir, 'articles', 'north.md'),
    '---\noutlet: North Courier\npublished: 2024-05-02\n---\nThe river ferry resumed service on Tuesday after repairs that began in March.\n',
  );
  writeFileSync(path.join(dir, 'articles', 'south.txt'), 'Published: May 3, 2024\n\nFerry crossings restarted on Tuesday, the operator said.\n');
  return dir;
}

describe('corroborate report', () => {
  let dir: string;
  beforeEach(() => {
    dir = corpus();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes report.md, report.html and report.json into --out and says so', async () => {
    const io = memoryIO({ cwd: dir });
    expect(await run(['report', path.join(dir, 'articles'), '--out', 'out/reports'], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toMatch(/^Wrote out\/reports\/report\.json, out\/reports\/report\.md, out\/reports\/report\.html \(2 articles: \d+ errors?, \d+ warnings?, \d+ info\)\n$/u);
    const json = JSON.parse(readFileSync(path.join(dir, 'out/reports/report.json'), 'utf8'));
    expect(json.schemaVersion).toBe(1);
    expect(json.articles.map((article: { id: string }) => article.id)).toEqual(['north', 'south']);
    expect(readFileSync(path.join(dir, 'out/reports/report.md'), 'utf8')).toMatch(/^# Discrepancy report\n/u);
    expect(readFileSync(path.join(dir, 'out/reports/report.html'), 'utf8')).toMatch(/^<!doctype html>/u);
  });

  test('report.json is the same contract as check --format json, and runs are byte-identical', async () => {
    expect(await run(['report', path.join(dir, 'articles'), '--out', 'a'], memoryIO({ cwd: dir }))).toBe(0);
    expect(await run(['report', path.join(dir, 'articles'), '--out', 'b'], memoryIO({ cwd: dir }))).toBe(0);
    for (const file of ['report.json', 'report.md', 'report.html']) {
      expect(readFileSync(path.join(dir, 'a', file), 'utf8')).toBe(readFileSync(path.join(dir, 'b', file), 'utf8'));
    }
    const io = memoryIO({ cwd: dir });
    await run(['check', path.join(dir, 'articles'), '--format', 'json'], io);
    expect(readFileSync(path.join(dir, 'a', 'report.json'), 'utf8')).toBe(io.out);
  });

  test('an unwritable --out exits 2 with one line naming it', async () => {
    writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
    const io = memoryIO({ cwd: dir });
    expect(await run(['report', path.join(dir, 'articles'), '--out', 'taken'], io)).toBe(2);
    expect(io.err).toBe('corroborate: --out taken: is a file, not a folder\n');
    const nested = memoryIO({ cwd: dir });
    expect(await run(['report', path.join(dir, 'articles'), '--out', 'taken/inside'], nested)).toBe(2);
    expect(nested.err.trim().split('\n')).toEqual([expect.stringMatching(/^corroborate: cannot write taken\/inside\/report\.json: /u)]);
  });

  test('is listed by --help, with its --out option', async () => {
    const top = memoryIO();
    await run(['--help'], top);
    expect(top.out).toContain('corroborate report <paths..>');
    const own = memoryIO();
    await run(['report', '--help'], own);
    expect(own.out).toMatch(/--out\s+Folder to write into/u);
  });

  test('a missing input path exits 2 and writes nothing', async () => {
    const io = memoryIO({ cwd: dir });
    expect(await run(['report', path.join(dir, 'nowhere'), '--out', 'out'], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(path.join(dir, 'out', 'report.json'))).toThrow();
  });
});
