import { Injectable } from '@nestjs/common';
import { In, LessThanOrEqual } from 'typeorm';
import { JobLeases } from '../cluster/job-leases';
import { LeasedSweep } from '../cluster/leased-schedule';
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
export class RequestSweep extends LeasedSweep<RequestSweepResult> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly events: DomainEvents,
    leases: JobLeases,
  ) {
    super({ job: SWEEP_JOB, loggerName: 'RequestSweep', intervalMs: config.SWEEP_INTERVAL_MS, leases, now: () => clock.now() });
    this.batchSize = config.SWEEP_BATCH_SIZE;
  }

  private readonly batchSize: number;

  protected async sweep(now: number): Promise<RequestSweepResult> {
    const result: RequestSweepResult = { checked: 0, changed: 0, closed: 0 };
    const seen = new Set<number>();
    for (;;) {
      const due = (await this.tx.read((m) => m.find(ResidentRequest, { where: { nextCheckAt: LessThanOrEqual(now) }, take: this.batchSize })))
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
