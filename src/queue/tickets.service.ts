import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Hall } from '../halls/hall.entity';
import { randomBytes } from 'crypto';
import { businessDateInZone, zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { HallsService } from '../halls/halls.service';
import { formatTicketNumber } from './domain/numbering';
import { issueRefusal, type TicketIssuer } from './domain/ticket-issuer';
import { IssueTicketDto } from './dto/issue-ticket.dto';
import { appendTrail } from './queue-trail';
import { QueueEvents } from './queue.events';
import { Ticket } from './ticket.entity';
import { ticketBasics } from './ticket.mapper';
import { findTicket, followTransfers } from './ticket.store';
import { WaitEstimator } from './wait-estimator.service';
import { bumpCounter } from '../database/counters';
import { insertReturningId } from '../database/dialect';

export const TicketErrorCode = { TICKET_NOT_FOUND: 'TICKET_NOT_FOUND' } as const;

/** Taking a number (取号) and the resident's view of it. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly estimator: WaitEstimator,
    private readonly events: DomainEvents,
  ) {}

  async issue(hallCode: string, dto: IssueTicketDto, issuer: TicketIssuer = { kind: 'anonymous' }) {
    const { hall } = await this.halls.layout(hallCode);
    const refusal = issueRefusal(issuer, hallCode, dto.priority === 'priority');
    if (refusal === 'PRIORITY_NEEDS_DEVICE') throw DomainError.forbidden(refusal, '绿色通道请在已配对的取号机或由工作人员办理');
    if (refusal) throw DomainError.forbidden(refusal, '该取号机不属于本大厅');
    await this.halls.requireQueue(hallCode, dto.queueCode);
    const ticket = await this.tx.run(
      (m) => this.issueIn(m, hall, { queueCode: dto.queueCode, priority: dto.priority === 'priority', phone: dto.phone ?? null }),
      { isolation: 'READ COMMITTED' }, // the counter upsert is the only shared row: see RunOptions
    );
    this.events.publish(QueueEvents.CHANGED, { hallCode });
    return this.issuedView(ticket, hall);
  }

  /**
   * Inserts a waiting ticket in the caller's transaction (taking a number, or checking in an appointment:
   * `appointmentStart` marks it 预约). The caller publishes QueueEvents.CHANGED after the commit.
   */
  async issueIn(m: EntityManager, hall: Hall, input: { queueCode: string; priority: boolean; phone: string | null; appointmentStart?: number | null }): Promise<Ticket> {
    const hallCode = hall.code;
    const now = this.clock.now();
    const businessDate = businessDateInZone(now, hall.timeZone);
    const seqNo = await bumpCounter(m, 'ticket_counters', { hallCode, queueCode: input.queueCode, businessDate }, 'lastNumber');
    const appointmentStart = input.appointmentStart ?? null;
    const draft = {
      hallCode, queueCode: input.queueCode, businessDate, seqNo,
      number: formatTicketNumber(input.queueCode, seqNo),
      priority: input.priority,
      status: 'waiting' as const,
      statusToken: randomBytes(12).toString('base64url'),
      phone: input.phone,
      issuedAt: now, enqueuedAt: now,
      calledAt: null, startedAt: null, heldAt: null, finishedAt: null, windowNumber: null, recallCount: 0, transferredFromId: null,
      appointment: appointmentStart !== null, appointmentStart,
    };
    const id = await insertReturningId(m, Ticket, draft);
    const payload = appointmentStart === null ? { priority: draft.priority } : { priority: draft.priority, appointment: true };
    await appendTrail(m, { hallCode, subjectType: 'ticket', subjectId: id, action: 'issue', fromStatus: null, toStatus: 'waiting', actorId: null, at: now, payload });
    return { ...draft, id } as Ticket;
  }

  /** The 201 answer of a new ticket: the ticket, the residents ahead and the wait, the status token. */
  async issuedView(ticket: Ticket, hall: Hall) {
    const ahead = await this.estimator.ahead(ticket);
    return {
      ...ticketBasics(ticket, hall.timeZone),
      ahead,
      estimatedWaitMinutes: await this.estimator.estimateMinutes(hall.code, ticket.queueCode, ahead),
      statusToken: ticket.statusToken,
    };
  }

  /** The resident's view; a transferred ticket reports where it went, under the same number. */
  async status(id: number, token: string) {
    const original = await this.tx.read((m) => findTicket(m, id));
    if (!original || original.statusToken !== token) {
      throw DomainError.notFound(TicketErrorCode.TICKET_NOT_FOUND, '号票不存在或查询码错误');
    }
    const ticket = await this.tx.read((m) => followTransfers(m, original));
    const { hall, queues } = await this.halls.layout(ticket.hallCode);
    const waiting = ticket.status === 'waiting';
    const ahead = waiting ? await this.estimator.ahead(ticket) : 0;
    return {
      id,
      number: ticket.number,
      hall: hall.code,
      hallName: hall.name,
      queueCode: ticket.queueCode,
      queueName: queues.find((q) => q.code === ticket.queueCode)?.name ?? ticket.queueCode,
      status: ticket.status,
      appointment: !!ticket.appointment,
      issuedAt: zonedIso(ticket.issuedAt, hall.timeZone),
      ahead,
      estimatedWaitMinutes: waiting ? await this.estimator.estimateMinutes(ticket.hallCode, ticket.queueCode, ahead) : 0,
      windowNumber: ticket.windowNumber,
      transferredFromQueueCode: ticket === original ? null : original.queueCode,
    };
  }

}
