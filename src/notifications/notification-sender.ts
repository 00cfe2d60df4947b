import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { zonedIso } from '../calendar/domain/iso-date';
import { JobLeases } from '../cluster/job-leases';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { OnClusterEvent } from '../events/domain-events';
import { failureText } from './domain/notification-log';
import { NOTIFICATION_TIME_ZONE } from './domain/notification-view';
import { nextAttemptAt } from './domain/retry-schedule';
import { NotificationDriver } from './notification-driver';
import { NotificationRow } from './notification.entity';
import { NotificationEvents } from './notification.events';

const JOB = 'notification-sender';
const BATCH = 50;
/** Batches per drain at most, so a drain always ends (a poll starts the next). */
const MAX_ROUNDS = 20;
/** How long a claimed message stays out of the due list beyond the driver's timeout: a crash mid-send frees it after that. */
const CLAIM_MARGIN_MS = 30_000;

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

/**
 * Sends the outbox: due pending messages (nextAttemptAt ≤ now), one at a time through the driver; each is
 * marked sent, or given its next try by the backoff, or `failed` after NOTIFY_MAX_ATTEMPTS. One instance
 * sends (the job lease, renewed at every poll); besides, every row is claimed by a conditional update
 * before it is sent and written back only while that claim holds, so two senders that overlap (a lease
 * taken over from a stalled holder) never send one message twice. A message is sent at least once: a
 * crash between the send and its write-back sends it again after the claim runs out.
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Whether this instance held the lease at its last poll: only then does a nudge send at once. */
  private holding = false;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: JobLeases,
    private readonly driver: NotificationDriver,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.NOTIFY_POLL_MS);
    this.timer.unref();
    void this.poll(); // messages left pending by the last run go out now, not a poll later
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping.abort(); // a webhook call in flight fails now and is retried by the next holder
    await this.running?.catch(() => undefined);
    if (this.holding) await this.leases.release(JOB).catch(() => undefined);
    this.holding = false;
  }

  /** A commit queued messages (here or on another instance): the lease holder sends them now. */
  @OnClusterEvent(NotificationEvents.QUEUED)
  onQueued(): void {
    if (this.holding) void this.sendDue();
  }

  /** The timer's run: renew (or take) the lease, then send what is due. */
  async poll(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    try {
      this.holding = await this.leases.hold(JOB, 3 * Math.max(this.config.NOTIFY_POLL_MS, 1_000));
    } catch (error) {
      this.logger.warn(`notification lease not renewed: ${(error as Error).message}`);
      return;
    }
    if (this.holding) await this.sendDue();
  }

  /** One drain at a time; a call during one makes it look again when it ends (it may have read before the new rows). */
  sendDue(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.drain();
      } while (this.again && !this.stopping.signal.aborted);
    })()
      .catch((error: Error) => this.logger.error(`notifications not sent: ${error.stack ?? error.message}`))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<void> {
    for (let round = 0; round < MAX_ROUNDS && !this.stopping.signal.aborted; round++) {
      const now = this.clock.now();
      // committed rows only; the index on (status, nextAttemptAt) reads just the due ones
      const due = await this.tx.read((m) => m.getRepository(NotificationRow).createQueryBuilder('n')
        .select(['n.id', 'n.nextAttemptAt'])
        .where('n.status = :pending AND n.nextAttemptAt <= :now', { pending: 'pending', now })
        .orderBy('n.nextAttemptAt', 'ASC')
        .limit(BATCH)
        .getMany());
      for (const row of due) {
        if (this.stopping.signal.aborted) return;
        await this.deliver(row.id, row.nextAttemptAt!);
      }
      if (due.length < BATCH) return;
    }
  }

  /** Claims one message (still pending, still due as seen), sends it, writes the outcome while the claim holds. */
  async deliver(id: number, seenNextAttemptAt: number): Promise<DeliveryOutcome> {
    const claimedUntil = this.clock.now() + this.config.NOTIFY_WEBHOOK_TIMEOUT_MS + CLAIM_MARGIN_MS;
    const row = await this.tx.run(async (m) => {
      const claim = await m.update(NotificationRow, { id, status: 'pending', nextAttemptAt: seenNextAttemptAt }, { nextAttemptAt: claimedUntil });
      return claim.affected ? m.findOneByOrFail(NotificationRow, { id }) : null;
    });
    if (!row) return 'skipped'; // another sender has it, or it was sent meanwhile
    let error: unknown = null;
    try {
      await this.driver.send({ id: row.id, kind: row.kind, to: row.to, text: row.text, createdAt: zonedIso(row.createdAt, NOTIFICATION_TIME_ZONE) }, this.stopping.signal);
    } catch (e) {
      error = e;
    }
    const now = this.clock.now();
    if (error !== null && this.stopping.signal.aborted) {
      // cut short by our own shutdown, not refused by the gateway: due again at once for the next holder, no try counted
      await this.tx.run((m) => m.update(NotificationRow, { id, status: 'pending', nextAttemptAt: claimedUntil }, { nextAttemptAt: now }));
      return 'skipped';
    }
    const attempts = row.attempts + 1;
    const retryAt = error === null ? null : nextAttemptAt(attempts, now, this.config.NOTIFY_MAX_ATTEMPTS);
    const outcome: DeliveryOutcome = error === null ? 'sent' : retryAt === null ? 'failed' : 'retry';
    await this.tx.run((m) => m.update(
      NotificationRow,
      { id, status: 'pending', nextAttemptAt: claimedUntil },
      outcome === 'sent'
        ? { status: 'sent', attempts, sentAt: now, nextAttemptAt: null, lastError: null }
        : { status: outcome === 'failed' ? 'failed' : 'pending', attempts, nextAttemptAt: retryAt, lastError: failureText(error) },
    ));
    if (outcome !== 'sent') this.logger.warn(`notification #${id} (${row.kind}) attempt ${attempts} failed: ${failureText(error)}${outcome === 'failed' ? ' — given up' : ''}`);
    return outcome;
  }
}
