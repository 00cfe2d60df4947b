import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { In, LessThanOrEqual } from 'typeorm';
import { JobLeases } from '../cluster/job-leases';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { AUTO_CLOSE_AFTER_MS, nextRequestStatus } from './domain/request-state';
import { RequestTask } from './entities/request-task.entity';
import { ResidentRequest } from './entities/request.entity';
import { applyLight, changedEvents } from './request-command';
import { appendRequestEvents } from './request-store';
import { RequestEvents, RequestWarningEvent } from './request.events';

const SWEEP_JOB = 'request-sweep';

export interface RequestSweepResult {
  checked: number;
  changed: number;
  closed: number;
}

/**
 * The hour sweep of 接诉即办: lights turn yellow and red on the clock (request.warning to the departments and
 * the dispatch room), and a request replied 3 days ago without objection closes by itself. Reads only the rows
 * whose next check has come; one instance at a time (a job lease), like the case deadline sweep.
 */
@Injectable()
export class RequestSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RequestSweep');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RequestSweepResult> | null = null;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
    private readonly leases: JobLeases,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SWEEP_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => void this.tick().catch((e: Error) => this.logger.error(e.stack ?? e.message)), this.config.SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  async tick(): Promise<RequestSweepResult | null> {
    if (!(await this.leases.hold(SWEEP_JOB, 3 * Math.max(this.config.SWEEP_INTERVAL_MS, 1_000)))) return null;
    return this.sweepOnce();
  }

  sweepOnce(): Promise<RequestSweepResult> {
    this.running ??= this.sweep(this.clock.now()).finally(() => (this.running = null));
    return this.running;
  }

  private async sweep(now: number): Promise<RequestSweepResult> {
    const result: RequestSweepResult = { checked: 0, changed: 0, closed: 0 };
    const seen = new Set<number>();
    for (;;) {
      const due = (await this.tx.read((m) => m.find(ResidentRequest, { where: { nextCheckAt: LessThanOrEqual(now) }, take: this.config.SWEEP_BATCH_SIZE })))
        .filter((r) => !seen.has(r.id));
      if (!due.length) break;
      for (const r of due) {
        seen.add(r.id);
        result.checked++;
        if (r.status === 'replied' && r.repliedAt !== null && now >= r.repliedAt + AUTO_CLOSE_AFTER_MS) {
          if (await this.autoClose(r, now)) result.closed++;
        } else if (await this.relight(r, now)) result.changed++;
      }
    }
    if (result.changed || result.closed) this.logger.log(`checked ${result.checked} requests, ${result.changed} lights changed, ${result.closed} closed`);
    return result;
  }

  /** A new light, written only if nobody changed the request meanwhile (their command recomputed it anyway). */
  private async relight(r: ResidentRequest, now: number): Promise<boolean> {
    const previous = r.level;
    applyLight(r, now);
    const tasks = await this.tx.run(async (m) => {
      const updated = await m.update(ResidentRequest, { id: r.id, updatedAt: r.updatedAt }, { level: r.level, nextCheckAt: r.nextCheckAt });
      if (!updated.affected) return null;
      return m.findBy(RequestTask, { requestId: r.id, status: In(['dispatched', 'in_progress']) });
    });
    if (!tasks || r.level === previous) return false;
    const warning: RequestWarningEvent = {
      requestId: r.id, requestNumber: r.requestNumber, categoryCode: r.categoryCode, hallCode: r.hallCode, status: r.status, level: r.level, previous,
      departments: [...new Set(tasks.map((t) => t.departmentCode))],
    };
    this.events.publish(RequestEvents.WARNING, warning);
    return true;
  }

  /** 3 days after the reply without objection (DOMAIN.md): closed by the system. */
  private async autoClose(r: ResidentRequest, now: number): Promise<boolean> {
    const from = r.status;
    r.status = nextRequestStatus(from, 'close');
    r.closedAt = now;
    applyLight(r, now);
    const closed = await this.tx.run(async (m) => {
      const updated = await m.update(ResidentRequest, { id: r.id, updatedAt: r.updatedAt }, { status: r.status, closedAt: now, level: r.level, nextCheckAt: r.nextCheckAt, updatedAt: now });
      if (!updated.affected) return null;
      await appendRequestEvents(m, r.id, null, now, { action: 'auto_close', fromStatus: from, toStatus: r.status });
      return m.findBy(RequestTask, { requestId: r.id });
    });
    if (!closed) return false;
    for (const e of changedEvents(r, { action: 'auto_close' }, closed)) this.events.publish(RequestEvents.CHANGED, e);
    return true;
  }
}
