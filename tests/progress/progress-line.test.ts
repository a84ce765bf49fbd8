import { ProgressLine } from '../../src/progress/progress-line.js';
import { StageTimer } from '../../src/progress/stage-timer.js';
import { cliProgress, watchRun } from '../../src/progress/cli-progress.js';
import { memoryIO } from '../helpers/memory-io.js';

/** A clock the test moves by hand. */
function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('ProgressLine', () => {
  test('a run shorter than the delay draws nothing at all', () => {
    const time = clock();
    const written: string[] = [];
    const line = new ProgressLine((text) => written.push(text), { now: time.now, delay: 1000 });
    line.planned(10);
    line.stage('extract');
    for (let i = 0; i < 10; i++) {
      time.advance(50);
      line.article(3);
    }
    line.done();
    expect(written).toEqual([]);
  });

  test('after the delay: articles read, claims, rate and time left, redrawn in place, then wiped', () => {
    const time = clock();
    const written: string[] = [];
    const line = new ProgressLine((text) => written.push(text), { now: time.now, delay: 1000, interval: 200 });
    line.planned(400);
    line.stage('extract');
    time.advance(2000);
    for (let i = 0; i < 100; i++) line.article(12);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe('\r\u001b[2Kcorroborate: 1/400 articles · 12 claims · 0.5 articles/s · ETA 13m18s');
    time.advance(200);
    line.article(0);
    expect(written.at(-1)).toBe('\r\u001b[2Kcorroborate: 101/400 articles · 1,200 claims · 46 articles/s · ETA 7s');
    line.stage('reconcile');
    line.findings(1234);
    expect(written.at(-1)).toBe('\r\u001b[2Kcorroborate: 101/400 articles · 1,200 claims · 1,234 findings · reconcile…');
    line.done();
    expect(written.at(-1)).toBe('\r\u001b[2K');
    line.article(1);
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  test('redraws at most once per interval, and never wider than the terminal', () => {
    const time = clock();
    const written: string[] = [];
    const line = new ProgressLine((text) => written.push(text), { now: time.now, delay: 0, interval: 500, columns: 30 });
    line.stage('extract');
    for (let i = 0; i < 50; i++) {
      time.advance(10);
      line.article(1);
    }
    expect(written.length).toBeLessThanOrEqual(2);
    for (const text of written) expect(text.replace('\r\u001b[2K', '').length).toBeLessThanOrEqual(29);
  });
});

describe('progress in the CLI', () => {
  test('only on a terminal, never with --no-progress or TERM=dumb', () => {
    expect(cliProgress(memoryIO({ stderrIsTTY: false }), undefined)).toBeUndefined();
    expect(cliProgress(memoryIO({ stderrIsTTY: true }), false)).toBeUndefined();
    expect(cliProgress(memoryIO({ stderrIsTTY: true, env: { TERM: 'dumb' } }), undefined)).toBeUndefined();
    const line = cliProgress(memoryIO({ stderrIsTTY: true }), undefined);
    expect(line).toBeInstanceOf(ProgressLine);
    line?.done();
  });

  test('CORROBORATE_TIMING=1 prints the time of each stage on stderr, once, and nothing on stdout', () => {
    const io = memoryIO({ env: { CORROBORATE_TIMING: '1' } });
    const watch = watchRun(io, undefined);
    watch.progress?.stage?.('extract');
    watch.stage('report');
    watch.finish();
    watch.finish();
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^corroborate: timing: plan \d+ ms · extract \d+ ms · report \d+ ms · total \d+ ms\n$/u);
    const quiet = memoryIO();
    watchRun(quiet, undefined).finish();
    expect(quiet.err).toBe('');
  });
});

describe('StageTimer', () => {
  test('sums a stage entered several times', () => {
    const time = clock();
    const timer = new StageTimer(time.now);
    timer.stage('read');
    time.advance(10);
    timer.stage('reconcile');
    time.advance(30);
    timer.stage('read');
    time.advance(5);
    expect(timer.finish()).toEqual({ stages: [{ stage: 'plan', ms: 0 }, { stage: 'read', ms: 15 }, { stage: 'reconcile', ms: 30 }], totalMs: 45 });
  });
});
