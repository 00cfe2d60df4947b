import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { CaseClock } from './case-clock';
import { ACTIVE_TASK } from './case-store';
import { CaseEvents, CaseWarningEvent } from './case.events';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

const CLOCKED = ['dispatched', 'in_progress', 'suspended'];

export interface SweepResult {
  checked: number;
  changed: number;
}

/**
 * 电子监察 sweep: re-evaluates only the running cases whose next check time has come (an index on
 * (status, nextCheckAt) keeps it cheap at millions of rows), in batches, and announces changed lights.
 */
@Injectable()
export class CaseSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineSweep');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepResult> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly caseClock: CaseClock,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SWEEP_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => void this.sweepOnce().catch((e: Error) => this.logger.error(e.stack ?? e.message)), this.config.SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep at a time per process; a tick that finds one running waits for it instead of starting another. */
  sweepOnce(): Promise<SweepResult> {
    this.running ??= this.sweep(this.clock.now()).finally(() => (this.running = null));
    return this.running;
  }

  async sweep(now: number): Promise<SweepResult> {
    const result: SweepResult = { checked: 0, changed: 0 };
    const seen = new Set<number>();
    for (;;) {
      const batch = (await this.db.getRepository(Case).find({
        where: { status: In(CLOCKED), nextCheckAt: LessThanOrEqual(now) },
        order: { nextCheckAt: 'ASC', id: 'ASC' },
        take: this.config.SWEEP_BATCH_SIZE,
      })).filter((c) => !seen.has(c.id));
      if (!batch.length) break;
      batch.forEach((c) => seen.add(c.id));
      const warnings = await this.evaluate(batch);
      result.checked += batch.length;
      result.changed += warnings.length;
      for (const w of warnings) this.events.emit(CaseEvents.WARNING, w);
    }
    if (result.changed) this.logger.log(`checked ${result.checked} cases, ${result.changed} lights changed`);
    return result;
  }

  private async evaluate(batch: Case[]): Promise<CaseWarningEvent[]> {
    const ids = batch.map((c) => c.id);
    const [tasks, pauses] = await Promise.all([
      this.db.getRepository(CaseTask).findBy({ caseId: In(ids) }),
      this.db.getRepository(CaseSuspension).findBy({ caseId: In(ids), endedAt: IsNull() }),
    ]);
    const warnings: CaseWarningEvent[] = [];
    const updates: Array<{ c: Case; version: number }> = [];
    for (const c of batch) {
      const previous = c.warningLevel;
      const version = c.updatedAt;
      const own = tasks.filter((t) => t.caseId === c.id);
      await this.caseClock.refresh(c, { openPause: pauses.find((p) => p.caseId === c.id) ?? null, tasks: own });
      updates.push({ c, version });
      if (c.warningLevel !== previous) {
        const departments = own.filter((t) => ACTIVE_TASK.includes(t.status)).map((t) => t.departmentCode);
        warnings.push({ caseId: c.id, caseNumber: c.caseNumber, level: c.warningLevel, previous, departments, supervised: c.supervised });
      }
    }
    const applied = await this.tx.run(async (m) => {
      const kept = new Set<number>();
      for (const { c, version } of updates) {
        // a command that changed the case since it was read wins: it has recomputed the light itself
        const res = await m.update(Case, { id: c.id, updatedAt: version, status: c.status }, {
          warningLevel: c.warningLevel, nextCheckAt: c.nextCheckAt, supervised: c.supervised,
          dueDate: c.dueDate, statutoryDueDate: c.statutoryDueDate, dueAt: c.dueAt, statutoryDueAt: c.statutoryDueAt,
        });
        if (res.affected) kept.add(c.id);
      }
      return kept;
    });
    return warnings.filter((w) => applied.has(w.caseId));
  }
}
