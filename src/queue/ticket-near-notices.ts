import type { EntityManager } from 'typeorm';
import { ticketNearNotices } from '../notifications/domain/ticket-near';
import type { NotificationOutbox } from '../notifications/notification-outbox';
import { Ticket } from './ticket.entity';

/**
 * 到号提醒, inside the call's transaction: the first NOTIFY_AHEAD + 1 waiting tickets of the called ticket's
 * queue in calling order (priority first, then time taken: what the resident's `ahead` counts), read by
 * idx_tickets_waiting like the call's own head query, and one insert for those with a phone that the
 * outbox skips when a ticket was told already. Answers how many notices are new.
 */
export async function queueTicketNearNotices(
  m: EntityManager,
  outbox: NotificationOutbox,
  at: { hallCode: string; businessDate: string; queueCode: string; notifyAhead: number },
): Promise<number> {
  const head = await m.createQueryBuilder(Ticket, 't')
    .select(['t.id', 't.number', 't.phone'])
    .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting AND t.queueCode = :queue', {
      hall: at.hallCode, day: at.businessDate, waiting: 'waiting', queue: at.queueCode,
    })
    .orderBy('t.priority', 'DESC')
    .addOrderBy('t.enqueuedAt', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .limit(at.notifyAhead + 1)
    .getMany();
  return outbox.enqueueAll(m, ticketNearNotices(head, at.notifyAhead));
}
