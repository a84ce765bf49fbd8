/** `check` with the ledger, through the real pipeline and the CLI, in-process. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from './fixtures.js';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

const FIRST = `---
published: 2031-06-02
---
The river festival in Tarnow opened on Saturday, three days later than planned.
Organisers expect 40,000 visitors by the end of June.
`;
const SECOND = `---
published: 2031-06-03
---
Tarnow's river festival began on Sunday after a delay of two days.
About 35,000 people are expected over the month, the organisers said.
`;
const THIRD = `---
published: 2031-06-04
---
The Tarnow festival opened last Friday, the mayor said on Tuesday.
`;

describe('check and the ledger', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  // Article paths are read relative to the process, the ledger relative to the CLI's cwd.
  const articles = () => path.join(root, 'articles');
  const cli = async (args: string[], env: Record<string, string> = {}) => {
    const io = memoryIO({ cwd: root, env: { GIT_CONFIG_GLOBAL: '/dev/null', USER: 'tester', SOURCE_DATE_EPOCH: '1962064800', ...env } });
    const code = await run(args, io);
    return { code, out: io.out, err: io.err };
  };

  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir());
    await mkdir(path.join(root, 'articles'));
    await writeFile(path.join(root, 'articles', 'first.md'), FIRST);
    await writeFile(path.join(root, 'articles', 'second.md'), SECOND);
  });
  afterEach(() => cleanup());

  test('record, accept a baseline, then --ci passes without writing; CI=true means --ci; --no-ci wins', async () => {
    const first = await cli(['check', articles(), '--format', 'json', '--ci']);
    expect(first.err).toBe('');
    const report = JSON.parse(first.out) as { findings: { severity: string }[]; claims: unknown[] };
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    expect(report.claims.length).toBeGreaterThan(0);
    expect(existsSync(path.join(root, 'claims'))).toBe(false);

    const recorded = await cli(['check', articles(), '--claims', 'claims']);
    expect(recorded.code).toBe(errors > 0 ? 1 : 0);
    expect(recorded.err).toMatch(/corroborate: recorded \d+ new findings? and \d+ new claims? as pending in claims/u);
    const pending = await snapshot(path.join(root, 'claims'));
    expect(Object.keys(pending)).toEqual(['findings.json', 'first.json', 'second.json']);

    // The same input again: byte-identical ledger.
    await cli(['check', articles()]);
    expect(await snapshot(path.join(root, 'claims'))).toEqual(pending);

    expect((await cli(['review', '--accept-all'])).code).toBe(0);
    const baseline = await snapshot(path.join(root, 'claims'));
    const ci = await cli(['check', articles(), '--ci']);
    expect(ci.code).toBe(0);
    expect(ci.err).toBe('');
    expect(await snapshot(path.join(root, 'claims'))).toEqual(baseline);

    await writeFile(path.join(root, 'articles', 'third.md'), THIRD);
    await cli(['check', articles()], { CI: 'true' });
    expect(await snapshot(path.join(root, 'claims'))).toEqual(baseline);
    await cli(['check', articles(), '--no-ci'], { CI: 'true' });
    expect(Object.keys(await snapshot(path.join(root, 'claims')))).toEqual(['findings.json', 'first.json', 'second.json', 'third.json']);
  });

  test('--help of check and review name the ledger options', async () => {
    expect((await cli(['check', '--help'])).out).toMatch(/--ci[\s\S]*--claims/u);
    const help = (await cli(['review', '--help'])).out;
    for (const option of ['--list', '--accept', '--reject', '--accept-all', '--note', '--claims']) expect(help).toContain(option);
  });
});
