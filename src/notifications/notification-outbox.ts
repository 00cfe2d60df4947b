import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainEvents } from '../events/domain-events';
import type { NotificationMessage } from './domain/notification-kind';
import { NotificationEvents } from './notification.events';

const COLUMNS = ['kind', 'to', 'text', 'status', 'attempts', 'createdAt', 'nextAttemptAt', 'subjectType', 'subjectId', 'dedupeKey'] as const;

/**
 * The transactional outbox: a command queues its messages with `enqueue` inside its own transaction, so
 * a message exists exactly when the change it tells about was committed (nothing is lost on a crash,
 * nothing is sent for a change that rolled back). A message whose dedupe key is already queued is
 * skipped, on SQLite and PostgreSQL alike. After the commit, `nudge()` gets it sent at once; without it,
 * the sender's next poll (NOTIFY_POLL_MS) does.
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  /** Queues one message in the caller's transaction; answers how many were new (0 for a duplicate). */
  enqueue(m: EntityManager, message: NotificationMessage): Promise<number> {
    return this.enqueueAll(m, [message]);
  }

  /** Several messages in one statement (sorted by key, so two transactions never wait on each other in a cycle). */
  async enqueueAll(m: EntityManager, messages: readonly NotificationMessage[]): Promise<number> {
    if (!messages.length) return 0;
    const now = this.clock.now();
    const params: Record<string, unknown> = {};
    const rows = [...messages].sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0)).map((msg, i) => {
      const values: Record<(typeof COLUMNS)[number], unknown> = {
        kind: msg.kind, to: msg.to, text: msg.text, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now,
        subjectType: msg.subjectType, subjectId: msg.subjectId, dedupeKey: msg.dedupeKey,
      };
      return `(${COLUMNS.map((c) => {
        params[`${c}${i}`] = values[c];
        return `:${c}${i}`;
      }).join(', ')})`;
    });
    // the leading comment: TypeORM's SQLite runner returns rows only for statements not starting with INSERT
    const [sql, bound] = m.connection.driver.escapeQueryWithParameters(
      `/* notifications outbox */ INSERT INTO "notifications" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT ("dedupeKey") DO NOTHING RETURNING "id"`,
      params,
      {},
    );
    const inserted: unknown[] = await m.query(sql, bound);
    return inserted.length;
  }

  /** After the commit that queued messages: the sender (on whichever instance holds its lease) looks at once. */
  nudge(count = 1): void {
    if (count > 0) this.events.publish(NotificationEvents.QUEUED, { count });
  }
}
