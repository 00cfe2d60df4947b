import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { deliveredCasesWithout } from '../cases/case-reads';
import { JobLeases } from '../cluster/job-leases';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { defaultRatingCutoff } from './domain/default-rating';
import { DEFAULT_SCORE } from './domain/score';
import { Evaluation } from './entities/evaluation.entity';
import { caseTargets } from './rating-targets';

const BATCH = 200;
const HOUR_MS = 3_600_000;
const JOB = 'default-ratings';

/**
 * 默认评价: delivered cases nobody rated within RATING_DEFAULT_DAYS get 3 基本满意 (source `default`).
 * Runs hourly; a run never overlaps the previous one, and each batch is one short transaction whose
 * inserts skip a case rated meanwhile (by a resident, or by another instance), so runs are idempotent.
 */
@Injectable()
export class DefaultRatingsService {
  private readonly logger = new Logger('Evaluations');
  private running: Promise<number> | null = null;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: JobLeases,
  ) {}

  /** Hourly, on the instance holding the job's lease (another takes over three hours after the holder stopped). */
  @Interval('evaluations.default-ratings', HOUR_MS)
  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = this.applyIfHolder(this.clock.now());
    try {
      const applied = await this.running;
      if (applied) this.logger.log(`默认评价: ${applied} delivered case(s) rated 3 基本满意`);
    } catch (error) {
      this.logger.warn(`default ratings not applied: ${(error as Error).message}`);
    } finally {
      this.running = null;
    }
  }

  private async applyIfHolder(now: number): Promise<number> {
    return (await this.leases.hold(JOB, 3 * HOUR_MS)) ? this.applyDefaultRatings(now) : 0;
  }

  /** Rates every due case; returns how many it rated. */
  async applyDefaultRatings(now: number): Promise<number> {
    const cutoff = defaultRatingCutoff(now, this.config.RATING_DEFAULT_DAYS);
    let applied = 0;
    for (let afterId = 0; ; ) {
      const batch = await this.tx.run(async (m) => {
        const cases = await deliveredCasesWithout(m, { entity: Evaluation, caseIdColumn: 'caseId' }, { cutoff, afterId, limit: BATCH });
        const targets = (await caseTargets(m, cases)).filter((t) => t.rateable);
        if (targets.length) {
          await m.createQueryBuilder().insert().into(Evaluation).orIgnore().updateEntity(false).values(
            targets.map((t) => ({
              hallCode: t.hallCode, subjectType: 'case', ticketId: null, caseId: t.caseId, score: DEFAULT_SCORE, comment: null, source: 'default',
              windowNumber: t.windowNumber, servedBy: null, itemCode: t.itemCode, departmentCodes: t.departmentCodes, createdAt: now,
            })) as never,
          ).execute();
        }
        return { size: cases.length, rated: targets.length, lastId: cases.length ? cases[cases.length - 1].id : afterId };
      });
      applied += batch.rated;
      afterId = batch.lastId;
      if (batch.size < BATCH) return applied;
    }
  }
}
