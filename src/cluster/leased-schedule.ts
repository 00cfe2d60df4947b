import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
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

/**
 * A sweep service on a LeasedSchedule: started with the application, stopped (its run awaited) with the module;
 * `tick()` is the timer's run (null when another instance holds the lease), `sweepOnce()` one run now.
 */
export abstract class LeasedSweep<R> implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger: Logger;
  private readonly schedule: LeasedSchedule<R>;

  protected constructor(options: { job: string; loggerName: string; intervalMs: number; leases: JobLeases; now: () => number }) {
    this.logger = new Logger(options.loggerName);
    this.schedule = new LeasedSchedule({
      job: options.job, intervalMs: options.intervalMs, leases: options.leases, logger: this.logger, run: () => this.sweep(options.now()),
    });
  }

  protected abstract sweep(now: number): Promise<R>;

  onApplicationBootstrap(): void {
    this.schedule.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.schedule.stop();
  }

  tick(): Promise<R | null> {
    return this.schedule.tick();
  }

  sweepOnce(): Promise<R> {
    return this.schedule.once();
  }
}
