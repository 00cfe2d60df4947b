import type { Logger } from '@nestjs/common';
import type { JobLeases } from './job-leases';

export interface LeasedScheduleOptions<R> {
  /** The job lease's name: one instance runs it at a time. */
  job: string;
  /** 0 or less: no timer (tests run the job themselves). */
  intervalMs: number;
  leases: JobLeases;
  logger: Logger;
  run: () => Promise<R>;
}

/**
 * A periodic job of one instance among several: every interval the instance renews (or takes) the job's lease and
 * runs the job only while it holds it (another instance takes over three intervals after the holder stopped);
 * within a process one run at a time — a tick that finds a run going waits for it instead of starting another.
 */
export class LeasedSchedule<R> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<R> | null = null;

  constructor(private readonly options: LeasedScheduleOptions<R>) {}

  start(): void {
    const { intervalMs, logger } = this.options;
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick().catch((e: Error) => logger.error(e.stack ?? e.message)), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** The timer's run: null when another instance holds the lease. */
  async tick(): Promise<R | null> {
    const { job, intervalMs, leases } = this.options;
    if (!(await leases.hold(job, 3 * Math.max(intervalMs, 1_000)))) return null;
    return this.once();
  }

  /** One run now, whoever holds the lease (tests, and a tick that holds it). */
  once(): Promise<R> {
    this.running ??= this.options.run().finally(() => (this.running = null));
    return this.running;
  }
}
