import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { run } from '../../src/cli/cli.js';
import { CHECK_FORMATS } from '../../src/report/format-names.js';
import { memoryIO } from '../helpers/memory-io.js';

/**
 * Articles written for this test. `broken.md` has malformed front matter (an input error); every
 * `--published ID=DATE` for an id no article has is an input warning. So the test controls how many
 * errors and warnings a run has without depending on what the extractors find.
 */
function corpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-check-'));
  writeFileSync(path.join(dir, 'harbour.txt'), 'Published: June 4, 2024\n\nThe harbour crane was repaired on Monday, two weeks late.\n');
  writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [never closed\n---\nThe crane works again since Monday.\n');
  return dir;
}

const warnings = (n: number) => Array.from({ length: n }, (_, i) => ['--published', `absent${i}=2024-06-01`]).flat();

describe('check output options', () => {
  let dir: string;
  beforeEach(() => {
    dir = corpus();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('--help lists every format', async () => {
    const io = memoryIO();
    await run(['check', '--help'], io);
    expect(io.out).toContain(`Output format: ${CHECK_FORMATS.join(', ')}`);
  });

  test('every format renders; an unknown one exits 2 with one line', async () => {
    for (const format of CHECK_FORMATS) {
      const io = memoryIO({ cwd: dir });
      expect(await run(['check', dir, '--format', format, ...warnings(1)], io)).toBe(1);
      expect(io.out.length).toBeGreaterThan(0);
    }
    const bad = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '--format', 'pdf'], bad)).toBe(2);
    expect(bad.err).toBe('corroborate: --format: unknown format "pdf" (known: stylish, json, markdown, html, sarif, junit, github)\n');
  });

  test('-o writes the report to a file, parent folders created', async () => {
    const io = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '-f', 'junit', '-o', 'ci/out/junit.xml'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(XMLValidator.validate(readFileSync(path.join(dir, 'ci/out/junit.xml'), 'utf8'))).toBe(true);
  });

  test('--quiet prints errors only and keeps the exit code', async () => {
    const loud = memoryIO({ cwd: dir });
    const quiet = memoryIO({ cwd: dir });
    const loudCode = await run(['check', dir, '-f', 'github', ...warnings(2)], loud);
    const quietCode = await run(['check', dir, '-f', 'github', '--quiet', ...warnings(2)], quiet);
    expect(loud.out.match(/^::warning /gmu)).toHaveLength(2);
    expect(quiet.out).not.toMatch(/^::warning /mu);
    expect(quiet.out).toMatch(/^::error /mu);
    expect(quietCode).toBe(loudCode);
    // With the threshold at warning, warnings alone still fail the run even when --quiet hides them.
    rmSync(path.join(dir, 'broken.md'));
    const hidden = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '--quiet', '--threshold', 'warning', ...warnings(1)], hidden)).toBe(1);
  });

  test('--max-warnings N exits 1 only when warnings exceed N', async () => {
    rmSync(path.join(dir, 'broken.md'));
    const within = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '--max-warnings', '2', ...warnings(2)], within)).toBe(0);
    const over = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '--max-warnings', '2', ...warnings(3)], over)).toBe(1);
    expect(over.err).toBe('corroborate: too many warnings (3; --max-warnings 2)\n');
    const invalid = memoryIO({ cwd: dir });
    expect(await run(['check', dir, '--max-warnings', '-1'], invalid)).toBe(2);
  });

  test('colour: only for a terminal, never with NO_COLOR, and --color / --no-color win', async () => {
    const esc = '\u001b[';
    const tty = memoryIO({ cwd: dir, stdoutIsTTY: true });
    await run(['check', '.'], tty);
    expect(tty.out).toContain(esc);
    const noColor = memoryIO({ cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await run(['check', '.'], noColor);
    expect(noColor.out).not.toContain(esc);
    const forced = memoryIO({ cwd: dir, env: { NO_COLOR: '1' } });
    await run(['check', dir, '--color'], forced);
    expect(forced.out).toContain(esc);
    const off = memoryIO({ cwd: dir, stdoutIsTTY: true });
    await run(['check', dir, '--no-color'], off);
    expect(off.out).not.toContain(esc);
  });
});
