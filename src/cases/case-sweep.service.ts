import { Injectable } from '@nestjs/common';
import { JobLeases } from '../cluster/job-leases';
import { LeasedSweep } from '../cluster/leased-schedule';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { CaseClock } from './case-clock';
import { writeLights } from './case-light.writer';
import { CaseEvents, CaseWarningEvent } from './case.events';
import { isActiveTask } from './domain/case-policy';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

const SWEPT_COLUMNS = [
  'id', 'caseNumber', 'hallCode', 'itemCode', 'status', 'acceptedAt', 'promisedValue', 'promisedUnit', 'statutoryValue', 'statutoryUnit',
  'extensionDays', 'pausedWorkingDays', 'pausedMs', 'warningLevel', 'supervised', 'updatedAt',
] as const;
const NUMERIC_COLUMNS = ['id', 'acceptedAt', 'promisedValue', 'statutoryValue', 'extensionDays', 'pausedWorkingDays', 'pausedMs', 'updatedAt'] as const;

const SWEEP_JOB = 'deadline-sweep';

export interface SweepResult {
  checked: number;
  changed: number;
}

/**
 * 电子监察 sweep: re-evaluates only the running cases whose next check time has come (an index on
 * nextCheckAt keeps it cheap at millions of rows), in batches, and announces changed lights.
 */
@Injectable()
export class CaseSweep extends LeasedSweep<SweepResult> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly caseClock: CaseClock,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
    leases: JobLeases,
  ) {
    super({ job: SWEEP_JOB, loggerName: 'DeadlineSweep', intervalMs: config.SWEEP_INTERVAL_MS, leases, now: () => clock.now() });
  }

  async sweep(now: number): Promise<SweepResult> {
    const result: SweepResult = { checked: 0, changed: 0 };
    const seen = new Set<number>();
    for (;;) {
      const batch = (await this.dueCases(now)).filter((c) => !seen.has(c.id));
      if (!batch.length) break;
      batch.forEach((c) => seen.add(c.id));
      const warnings = await this.evaluate(batch);
      result.checked += batch.length;
      result.changed += warnings.length;
      for (const w of warnings) this.events.publish(CaseEvents.WARNING, w);
    }
    if (result.changed) this.logger.log(`checked ${result.checked} cases, ${result.changed} lights changed`);
    return result;
  }

  /** The next batch whose check time has come: only the columns the light needs, without entity hydration. */
  private async dueCases(now: number): Promise<Case[]> {
    // committed rows only: a case command's open transaction must not be swept half-written
    const rows: Array<Record<string, unknown>> = await this.tx.read((m) => m
      .getRepository(Case)
      .createQueryBuilder('c')
      .select(SWEPT_COLUMNS.map((col) => `c.${col}`))
      // by next check time alone (null once a case stops running), so the index reads only the due rows;
      // no ORDER BY: sorting every due row for each batch would cost more than the batch itself
      .where('c.nextCheckAt <= :now', { now })
      .limit(this.config.SWEEP_BATCH_SIZE)
      .getRawMany());
    return rows.map((row) => {
      const c = Object.fromEntries(SWEPT_COLUMNS.map((col) => [col, row[`c_${col}`]])) as unknown as Case;
      for (const col of NUMERIC_COLUMNS) if (c[col] !== null) (c as unknown as Record<string, number>)[col] = Number(c[col]);
      c.supervised = Boolean(c.supervised);
      return c;
    });
  }

  private async evaluate(batch: Case[]): Promise<CaseWarningEvent[]> {
    const ids = batch.map((c) => c.id);
    const [tasks, pauses] = await this.tx.read((m) => Promise.all([
      m.getRepository(CaseTask).createQueryBuilder('t').select(['t.caseId', 't.departmentCode', 't.status', 't.claimedAt'])
        .where('t.caseId IN (:...ids)', { ids }).getRawMany<Record<string, unknown>>(),
      m.getRepository(CaseSuspension).createQueryBuilder('p').select(['p.caseId', 'p.startedAt'])
        .where('p.caseId IN (:...ids) AND p.endedAt IS NULL', { ids }).getRawMany<Record<string, unknown>>(),
    ]));
    const tasksOf = new Map<number, CaseTask[]>();
    for (const row of tasks) {
      const task = { caseId: Number(row.t_caseId), departmentCode: String(row.t_departmentCode), status: row.t_status, claimedAt: row.t_claimedAt === null ? null : Number(row.t_claimedAt) } as CaseTask;
      const list = tasksOf.get(task.caseId);
      if (list) list.push(task);
      else tasksOf.set(task.caseId, [task]);
    }
    const pauseOf = new Map(pauses.map((row) => [Number(row.p_caseId), { startedAt: Number(row.p_startedAt) } as CaseSuspension]));
    const zones = new Map<string, string>();
    for (const hall of new Set(batch.map((c) => c.hallCode))) zones.set(hall, await this.caseClock.timeZone(hall));

    const warnings: CaseWarningEvent[] = [];
    const updates: Array<{ c: Case; version: number }> = [];
    for (const c of batch) {
      const previous = c.warningLevel;
      const own = tasksOf.get(c.id) ?? [];
      const steps = own.some((t) => t.status === 'in_progress') ? await this.caseClock.runningSteps(c, own) : [];
      this.caseClock.apply(c, zones.get(c.hallCode)!, pauseOf.get(c.id) ?? null, steps);
      updates.push({ c, version: c.updatedAt });
      if (c.warningLevel !== previous) {
        const departments = own.filter((t) => isActiveTask(t.status)).map((t) => t.departmentCode);
        warnings.push({ caseId: c.id, caseNumber: c.caseNumber, level: c.warningLevel, previous, departments, supervised: c.supervised });
      }
    }
    const applied = await this.tx.run(async (m) => {
      // a command that changed a case since it was read wins: it has recomputed the light itself
      const current: Array<{ id: number; updatedAt: string | number; status: string }> = await m
        .createQueryBuilder(Case, 'c').select(['c.id AS id', 'c.updatedAt AS "updatedAt"', 'c.status AS status'])
        .where('c.id IN (:...ids)', { ids }).getRawMany();
      const unchanged = new Map(current.map((r) => [Number(r.id), r]));
      const kept = updates.filter(({ c, version }) => {
        const row = unchanged.get(c.id);
        return row && Number(row.updatedAt) === version && row.status === c.status;
      });
      await writeLights(m, kept.map(({ c }) => c));
      return new Set(kept.map(({ c }) => c.id));
    });
    return warnings.filter((w) => applied.has(w.caseId));
  }
}
