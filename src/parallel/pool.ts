import { parentPort, Worker } from 'node:worker_threads';
import { failureOf, settle, type Settled } from './settled.js';

/** A task as posted to a worker, with the id its reply carries back. */
interface Posted<T> {
  id: number;
  task: T;
}

/** What a worker sends back for one task. */
type Reply<R> = { id: number } & Settled<R>;

interface Queued<T, R> {
  task: T;
  resolve(value: R): void;
  reject(error: Error): void;
}

export interface PoolOptions<T, R> {
  /** Handed to every worker as `workerData`. */
  workerData?: unknown;
  /**
   * Runs tasks on the calling thread too, as one more worker: a thread that would otherwise only wait
   * for results does its share, and one worker fewer has to start (load the code, warm it up).
   */
  local?: (task: T) => Promise<R>;
}

// Tasks posted to a worker before it answers: the next one waits in its port, so the worker never
// idles while the calling thread is busy (running its own share) and cannot hand it one at once.
const TASKS_PER_WORKER = 2;

/**
 * A fixed set of worker threads running one script (and, when asked, the calling thread), tasks
 * waiting in a queue for the first free one. A task that throws rejects that task only; a worker that
 * dies (out of memory, a crash outside any task) fails every pending task, since the run can no
 * longer be complete. `close()` ends the workers; the pool must be closed for the process to exit.
 */
export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly queue: Queued<T, R>[] = [];
  private readonly running = new Map<Worker, Map<number, Queued<T, R>>>();
  private readonly local: ((task: T) => Promise<R>) | undefined;
  private localBusy = false;
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(script: URL, size: number, options: PoolOptions<T, R> = {}) {
    this.local = options.local;
    for (let i = 0; i < size; i++) this.start(script, options.workerData);
  }

  /** Number of worker threads (the calling thread not counted). */
  get size(): number {
    return this.workers.length;
  }

  private start(script: URL, workerData: unknown): void {
    const worker = new Worker(script, { workerData });
    this.running.set(worker, new Map());
    worker.on('message', (reply: Reply<R>) => {
      const jobs = this.running.get(worker);
      const job = jobs?.get(reply.id);
      jobs?.delete(reply.id);
      if (job) {
        if (reply.ok) job.resolve(reply.value);
        else job.reject(failureOf(reply));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
  }

  /** Runs one task on the next free thread. */
  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      if (this.closing) return reject(new Error('the worker pool is closed'));
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Each worker gets one task, then the calling thread, then the workers a second one in advance.
    for (let depth = 1; depth <= TASKS_PER_WORKER && this.queue.length > 0; depth++) {
      for (const worker of this.workers) {
        const jobs = this.running.get(worker)!;
        if (jobs.size >= depth || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        const id = this.nextId++;
        jobs.set(id, job);
        worker.postMessage({ id, task: job.task } satisfies Posted<T>);
      }
      if (depth === 1) this.runLocally();
    }
  }

  private runLocally(): void {
    if (!this.local || this.localBusy || this.queue.length === 0 || this.failure || this.closing) return;
    const job = this.queue.shift()!;
    this.localBusy = true;
    this.local(job.task).then(job.resolve, (error: unknown) => job.reject(error instanceof Error ? error : new Error(String(error)))).finally(() => {
      this.localBusy = false;
      this.dispatch();
    });
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const jobs of this.running.values()) for (const job of jobs.values()) job.reject(error);
    for (const job of this.queue) job.reject(error);
    for (const jobs of this.running.values()) jobs.clear();
    this.queue.length = 0;
    void this.close();
  }

  /** Ends every worker; pending tasks are rejected (a task running on the calling thread finishes). */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const job of this.queue) job.reject(new Error('the worker pool was closed'));
    this.queue.length = 0;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker side: answers each task posted by a `WorkerPool` with `handle`'s result. Call it once
 * from the worker script. Tasks are handled one after the other, in the order they were posted.
 */
export function serveTasks<T, R>(handle: (task: T) => Promise<R> | R): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (message: Partial<Posted<T>>) => {
    // Other kinds of messages (a shared queue's, `serveSharedQueue`) are left to their own listeners.
    if (!message || typeof message !== 'object' || typeof message.id !== 'number') return;
    const { id, task } = message as Posted<T>;
    // Chained: a task waiting for its files never lets the next one in between.
    previous = previous.then(async () => {
      port.postMessage({ id, ...(await settle(() => handle(task))) } satisfies Reply<R>);
    });
  });
}
