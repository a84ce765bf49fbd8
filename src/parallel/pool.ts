import { parentPort, Worker } from 'node:worker_threads';

/** What a worker sends back for one task. */
type Reply<R> = { ok: true; value: R } | { ok: false; message: string; stack?: string };

interface Queued<T, R> {
  task: T;
  resolve(value: R): void;
  reject(error: Error): void;
}

/**
 * A fixed set of worker threads running one script, each doing one task at a time; tasks wait in a
 * queue for the first idle worker. A task that throws in its worker rejects that task only; a worker
 * that dies (out of memory, a crash outside any task) fails every pending task, since the run can no
 * longer be complete. `close()` ends the workers; the pool must be closed for the process to exit.
 */
export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Queued<T, R>[] = [];
  private readonly running = new Map<Worker, Queued<T, R>>();
  private failure: Error | undefined;
  private closing = false;

  constructor(script: URL, size: number, workerData?: unknown) {
    for (let i = 0; i < size; i++) this.start(script, workerData);
  }

  /** Number of worker threads. */
  get size(): number {
    return this.workers.length;
  }

  private start(script: URL, workerData: unknown): void {
    const worker = new Worker(script, { workerData });
    worker.on('message', (reply: Reply<R>) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (job) {
        if (reply.ok) job.resolve(reply.value);
        else job.reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  /** Runs one task on the next idle worker. */
  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      if (this.closing) return reject(new Error('the worker pool is closed'));
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const job of [...this.running.values(), ...this.queue]) job.reject(error);
    this.running.clear();
    this.queue.length = 0;
    void this.close();
  }

  /** Ends every worker; pending tasks are rejected. */
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
 * from the worker script.
 */
export function serveTasks<T, R>(handle: (task: T) => Promise<R> | R): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  port.on('message', async (task: T) => {
    let reply: Reply<R>;
    try {
      reply = { ok: true, value: await handle(task) };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      reply = { ok: false, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) };
    }
    port.postMessage(reply);
  });
}
