import { renderResults, type BenchRow } from '../../scripts/bench/results.js';

const measured = (wallS: number, peakRssMb: number, extra: Partial<BenchRow['measured']> = {}): BenchRow['measured'] => ({ wallS, cpuS: wallS, peakRssMb, exitCode: 1, stdout: '', stderr: '', ...extra });

function targetLine(row: BenchRow): string | undefined {
  const text = renderResults({ machine: ['test'], rows: [row], sizes: [], command: 'npm run bench' });
  return text.split('\n').find((line) => line.startsWith('- ') && line.includes('25 MB article'));
}

describe('bench results: the one huge article', () => {
  const row = (wallS: number, peakRssMb: number, extra: Partial<BenchRow['measured']> = {}): BenchRow => ({
    group: 'large article',
    run: 'check (one 25 MB article)',
    articles: 1,
    megabytes: 26.2,
    measured: measured(wallS, peakRssMb, extra),
  });

  test('is met within 30 s and 2 GB, whatever the findings (exit 1)', () => {
    expect(targetLine(row(24.3, 1490))).toBe('- one 25 MB article (`check`) ≤ 30 s, ≤ 2 GB: 24.3 s, 1490 MB — **met**');
  });

  test('is not met over either budget, or when the run was stopped', () => {
    expect(targetLine(row(31.2, 1490))).toMatch(/— \*\*not met\*\*$/u);
    expect(targetLine(row(20, 2100))).toMatch(/— \*\*not met\*\*$/u);
    expect(targetLine(row(300, 900, { timedOut: true }))).toMatch(/\(stopped\) — \*\*not met\*\*$/u);
  });
});
