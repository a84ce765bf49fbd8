import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../src/parallel/pool.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { builtBin } from '../stream/built-cli.js';

interface Task {
  n: number;
  delay?: number;
  fail?: boolean;
  crash?: boolean;
}

/**
 * The worker side is the compiled `serveTasks` of the built CLI (worker scripts must be JavaScript);
 * the pool is the TypeScript source under test.
 */
const WORKER = (pool: string) => `
import { threadId } from 'node:worker_threads';
import { serveTasks } from ${JSON.stringify(pool)};
serveTasks(async (task) => {
  if (task.crash) process.exit(3);
  if (task.fail) throw new Error('task ' + task.n + ' failed');
  await new Promise((resolve) => setTimeout(resolve, task.delay ?? 0));
  return { n: task.n, thread: threadId };
});
`;

describe('WorkerPool', () => {
  let temp: TempFolder;
  let script: URL;
  beforeAll(async () => {
    temp = await tempFolder();
    const pool = pathToFileURL(path.join(path.dirname(path.dirname(builtBin())), 'parallel', 'pool.js')).href;
    script = pathToFileURL(await temp.write('worker.mjs', WORKER(pool)));
  });
  afterAll(() => temp.remove());

  test('runs tasks on several threads and answers each task with its own result', async () => {
    const pool = new WorkerPool<Task, { n: number; thread: number }>(script, 2);
    try {
      const results = await Promise.all(Array.from({ length: 8 }, (_, n) => pool.run({ n, delay: n % 3 })));
      expect(results.map((result) => result.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(new Set(results.map((result) => result.thread)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  test('with a local runner, the calling thread takes its share of the tasks', async () => {
    const local = async (task: Task) => {
      await new Promise((resolve) => setTimeout(resolve, task.delay ?? 0));
      return { n: task.n, thread: -1 };
    };
    const pool = new WorkerPool<Task, { n: number; thread: number }>(script, 1, { local });
    try {
      const results = await Promise.all(Array.from({ length: 12 }, (_, n) => pool.run({ n, delay: 5 + (n % 3) })));
      expect(results.map((result) => result.n)).toEqual(Array.from({ length: 12 }, (_, n) => n));
      const threads = new Set(results.map((result) => result.thread));
      expect(threads.has(-1)).toBe(true);
      expect(threads.size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  test('a task that throws rejects that task only; the pool goes on', async () => {
    const pool = new WorkerPool<Task, { n: number }>(script, 1);
    try {
      await expect(pool.run({ n: 1, fail: true })).rejects.toThrow('task 1 failed');
      await expect(pool.run({ n: 2 })).resolves.toEqual(expect.objectContaining({ n: 2 }));
    } finally {
      await pool.close();
    }
  });

  test('a worker that dies fails what is pending, and every later task', async () => {
    const pool = new WorkerPool<Task, { n: number }>(script, 1);
    try {
      const crashed = pool.run({ n: 1, crash: true });
      const queued = pool.run({ n: 2 });
      await expect(crashed).rejects.toThrow(/stopped unexpectedly/u);
      await expect(queued).rejects.toThrow(/stopped unexpectedly/u);
      await expect(pool.run({ n: 3 })).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
