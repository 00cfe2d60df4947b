import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { ClusterBus } from './cluster-bus';

/**
 * Background jobs (the deadline sweep, default ratings, later the notification sender) run on one instance
 * at a time. Before each run an instance asks for the job's lease: it gets it when nobody holds it, when
 * the holder let it expire (stopped, or killed), or when it already holds it (and so renews it). One upsert
 * in the shared database decides, so SQLite and PostgreSQL alike need nothing else running.
 */
@Injectable()
export class JobLeases {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly bus: ClusterBus,
  ) {}

  /** True when this instance holds `job` for the next `ttlMs`. */
  async hold(job: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const rows = await this.tx.run(async (m) => {
      const [sql, params] = m.connection.driver.escapeQueryWithParameters(
        `/* job lease */ INSERT INTO "job_leases" ("name", "holder", "expiresAt") VALUES (:job, :me, :until)
         ON CONFLICT ("name") DO UPDATE SET "holder" = :me, "expiresAt" = :until
         WHERE "job_leases"."holder" = :me OR "job_leases"."expiresAt" <= :now
         RETURNING "holder"`,
        { job, me: this.bus.instanceId, until: now + ttlMs, now },
        {},
      );
      return (await m.query(sql, params)) as Array<{ holder: string }>;
    }, { isolation: 'READ COMMITTED' }); // the upsert decides on the latest row; REPEATABLE READ would only retry
    return rows.length === 1;
  }

  /** Gives the lease up (a clean shutdown): another instance takes the job at its next tick. */
  async release(job: string): Promise<void> {
    await this.tx.run((m) => m.createQueryBuilder().delete().from('job_leases').where('"name" = :job AND "holder" = :me', { job, me: this.bus.instanceId }).execute());
  }
}
