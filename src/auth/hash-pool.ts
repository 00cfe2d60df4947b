import { Worker } from 'worker_threads';

/**
 * bcrypt runs in worker threads, never on the main event loop: a flood of sign-ins then waits for a worker
 * instead of stalling every other request. The worker is a string (`eval: true`) that requires bcryptjs by
 * absolute path, so it runs alike from ts (jest, ts-node), from `dist/` and from the bench's own build, with no
 * asset to copy. The workers run at a lower CPU priority where the OS allows it (Linux). Each worker hashes one password at a time: at most `size` hashes run at once; at most
 * `queueLimit` more wait, and beyond that `run` fails at once with HashPoolFullError (memory and waiting time
 * stay bounded however many requests arrive).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const bcrypt = require(workerData.bcryptjs);
// Linux: this thread only (setpriority on its thread id) runs at a lower priority, so when the cores are busy the
// main event loop wins the CPU over password hashing; elsewhere (or if refused) it just runs at the normal one
try {
  const tid = Number(require('fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0 && workerData.nice) require('os').setPriority(tid, workerData.nice);
} catch {}
parentPort.on('message', (job) => {
  try {
    const result = job.op === 'hash' ? bcrypt.hashSync(job.password, job.rounds) : bcrypt.compareSync(job.password, job.hash);
    parentPort.postMessage({ id: job.id, result });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
  }
});
`;

/** How much lower the hashing threads' CPU priority is than the main thread's (Linux nice; 0 leaves it alone). */
const WORKER_NICE = 10;

export type HashJob = { op: 'hash'; password: string; rounds: number } | { op: 'compare'; password: string; hash: string };
type Result<J extends HashJob> = J extends { op: 'hash' } ? string : boolean;

interface Pending {
  id: number;
  job: HashJob;
  resolve: (value: string | boolean) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  current: Pending | null;
}

export class HashPoolFullError extends Error {
  constructor() {
    super('password hashing queue is full');
    this.name = 'HashPoolFullError';
  }
}

export class HashPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Hashes running in workers now, and the most there ever were (the bound the specs check). */
  private running = 0;
  private peak = 0;

  constructor(
    readonly size: number,
    readonly queueLimit: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`hash pool size must be a positive integer, got ${size}`);
  }

  get stats(): { running: number; peakRunning: number; queued: number; workers: number } {
    return { running: this.running, peakRunning: this.peak, queued: this.queue.length, workers: this.workers.length };
  }

  run<J extends HashJob>(job: J): Promise<Result<J>> {
    if (this.closed) return Promise.reject(new Error('hash pool is closed'));
    const idle = this.idleWorker();
    if (!idle && this.queue.length >= this.queueLimit) return Promise.reject(new HashPoolFullError());
    return new Promise<string | boolean>((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject };
      if (idle) this.start(idle, pending);
      else this.queue.push(pending);
    }) as Promise<Result<J>>;
  }

  /** Stops every worker; queued and running jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('hash pool is closed');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const workers = this.workers.splice(0);
    for (const w of workers) {
      w.current?.reject(error);
      w.current = null;
    }
    this.running = 0;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private idleWorker(): PoolWorker | undefined {
    const idle = this.workers.find((w) => w.current === null);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.spawn();
    return undefined;
  }

  private spawn(): PoolWorker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptjs: require.resolve('bcryptjs'), nice: WORKER_NICE } });
    worker.unref(); // never keeps the process (or jest) alive by itself
    const entry: PoolWorker = { worker, current: null };
    worker.on('message', (message: { id: number; result?: string | boolean; error?: string }) => {
      const pending = entry.current;
      if (!pending || pending.id !== message.id) return;
      entry.current = null;
      this.running--;
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.result!);
      this.next(entry);
    });
    const lost = (error: Error) => {
      const index = this.workers.indexOf(entry);
      if (index < 0) return;
      this.workers.splice(index, 1);
      if (entry.current) {
        this.running--;
        entry.current.reject(error);
        entry.current = null;
      }
      // a replacement takes the next waiting job
      const queued = this.queue.shift();
      if (queued && !this.closed) this.start(this.spawn(), queued);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`hash worker exited with code ${code}`)));
    this.workers.push(entry);
    return entry;
  }

  private start(entry: PoolWorker, pending: Pending): void {
    entry.current = pending;
    this.running++;
    this.peak = Math.max(this.peak, this.running);
    entry.worker.postMessage({ id: pending.id, ...pending.job });
  }

  private next(entry: PoolWorker): void {
    const queued = this.queue.shift();
    if (queued) this.start(entry, queued);
  }
}
