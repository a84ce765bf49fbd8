import os from 'node:os';
import { workerCount, workersAvailable } from '../../src/parallel/jobs.js';

describe('workerCount', () => {
  const cores = os.availableParallelism();

  test('an explicit --jobs wins, whatever the size of the run', () => {
    expect(workerCount(3, 4)).toBe(4);
    expect(workerCount(100_000, 1)).toBe(1);
  });

  test('auto keeps small runs on the calling thread, where a worker would only add its start-up', () => {
    expect(workerCount(5, 'auto')).toBe(1);
    expect(workerCount(5)).toBe(1);
    // A hundred-odd articles are done sooner on one warmed-up thread than on two cold ones; from 120
    // per thread, a second one pays for its start-up.
    expect(workerCount(239)).toBe(1);
    expect(workerCount(240)).toBe(Math.min(cores, 2));
    expect(workerCount(970)).toBe(Math.min(cores, 8));
  });

  test('auto uses every core for a big run', () => {
    expect(workerCount(100_000, 'auto')).toBe(Math.min(cores, 8));
  });
});

describe('workersAvailable', () => {
  test('is false when the compiled worker script is not there (tests run the TypeScript sources)', () => {
    expect(workersAvailable(new URL('file:///nowhere/extract-worker.js'))).toBe(false);
  });
});
