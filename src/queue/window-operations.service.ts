import { Injectable } from '@nestjs/common';
import { EntityManager, In, LessThanOrEqual } from 'typeorm';
import { businessDateInZone } from '../calendar/domain/iso-date';
import type { AuthUser } from '../auth/domain/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import type { HallWindow } from '../halls/hall-window.entity';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';
import { findWindow, saveWindowState } from '../halls/halls.store';
import { chooseClass, nextStreak, servedQueues, ticketClass } from './domain/ordering';
import { nextTicketStatus, TicketCommand } from './domain/ticket-state';
import type { WindowView } from './domain/window-view';
import { nextWindowStatus, WindowCommand } from './domain/window-state';
import { assertCanCall, assertCanClose, assertMayAct, requireCurrent, WindowErrorCode } from './domain/window-rules';
import { appendTrail } from './queue-trail';
import { QueueEvents } from './queue.events';
import { Ticket } from './ticket.entity';
import { toStaffTicket } from './ticket.mapper';
import { WaitEstimator } from './wait-estimator.service';
import { insertReturningId, rowLock } from '../database/dialect';
import { NotificationOutbox } from '../notifications/notification-outbox';
import { queueTicketNearNotices } from './ticket-near-notices';

/** What a command did; published after commit (a work function may run twice, so it publishes nothing itself). */
type Outcome = { window: HallWindow; ticket: Ticket | null; called?: boolean; recall?: boolean; finished?: boolean; notices?: number };

/** Everything a clerk does at a window: open/pause/resume/close and the ticket actions. One transaction each. */
@Injectable()
export class WindowOperationsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly estimator: WaitEstimator,
    private readonly events: DomainEvents,
    private readonly outbox: NotificationOutbox,
  ) {}

  setStatus(hallCode: string, n: number, user: AuthUser, command: WindowCommand) {
    return this.command(hallCode, n, async (m, w, now) => {
      assertMayAct(w, user, command === 'open' ? 'open' : command === 'close' ? 'close' : 'operate');
      if (command === 'close') assertCanClose(w);
      const from = w.status;
      if (command === 'open' && w.status !== 'closed') return { window: w, ticket: null }; // the operator re-opening: idempotent
      w.status = nextWindowStatus(w.status, command);
      w.operatorId = command === 'open' ? user.id : command === 'close' ? null : w.operatorId;
      if (command === 'open') w.priorityStreak = 0;
      await this.saveWindow(m, w, now);
      await appendTrail(m, { hallCode, subjectType: 'window', subjectId: w.id, action: command, fromStatus: from, toStatus: w.status, actorId: user.id, at: now });
      return { window: w, ticket: w.currentTicketId === null ? null : await m.findOneBy(Ticket, { id: w.currentTicketId }) };
    });
  }

  /** Claims the head ticket for this window; null when nobody is waiting for it. */
  callNext(hallCode: string, n: number, user: AuthUser) {
    return this.command(hallCode, n, async (m, w, now) => {
      assertMayAct(w, user, 'operate');
      assertCanCall(w);
      const { hall, queueCodes } = await this.halls.layout(hallCode);
      const queues = servedQueues(w.kind, w.queueCodes, queueCodes);
      const day = businessDateInZone(now, hall.timeZone);
      for (let attempt = 0; attempt < 3; attempt++) {
        // chooseClass falls back to the other class when the preferred one is empty, so the head of the
        // waiting tickets ordered by the preferred class first is its choice: one query instead of two
        // a checked-in appointment whose slot has begun goes first (预约), then the interleave
        const due = await this.dueAppointment(m, hallCode, day, queues, now);
        const choice = chooseClass(w.priorityStreak, this.config.PRIORITY_INTERLEAVE, true, true, due !== null);
        const head = choice === 'appointment' ? due : await this.head(m, hallCode, day, queues, choice === 'priority');
        if (!head) return { window: w, ticket: null };
        const cls = ticketClass(head, now);
        const claimed = await m.update(Ticket, { id: head.id, status: 'waiting' }, { status: nextTicketStatus('waiting', 'call'), calledAt: now, windowNumber: w.number });
        if (!claimed.affected) continue; // another process took it between read and write: take the next head
        w.currentTicketId = head.id;
        w.priorityStreak = nextStreak(w.priorityStreak, cls);
        await this.saveWindow(m, w, now);
        await appendTrail(m, { hallCode, subjectType: 'ticket', subjectId: head.id, action: 'call', fromStatus: 'waiting', toStatus: 'called', actorId: user.id, at: now, payload: { windowNumber: w.number } });
        // in this transaction (the window is locked, the positions are those this call left): a notice is
        // queued exactly when the call commits, at the cost of one indexed read and at most one insert
        const notices = await queueTicketNearNotices(m, this.outbox, { hallCode, businessDate: day, queueCode: head.queueCode, notifyAhead: this.config.NOTIFY_AHEAD });
        return { window: w, ticket: { ...head, status: 'called', calledAt: now, windowNumber: w.number } as Ticket, called: true, notices };
      }
      return { window: w, ticket: null };
    });
  }

  /** recall, start, no-show, hold, finish: the window's current ticket moves by the state machine. */
  act(hallCode: string, n: number, user: AuthUser, command: Extract<TicketCommand, 'recall' | 'start' | 'no_show' | 'hold' | 'finish'>) {
    return this.command(hallCode, n, async (m, w, now) => {
      assertMayAct(w, user, 'operate');
      const ticket = await m.findOneByOrFail(Ticket, { id: requireCurrent(w) });
      const from = ticket.status;
      ticket.status = nextTicketStatus(ticket.status, command);
      if (command === 'recall') Object.assign(ticket, { recallCount: ticket.recallCount + 1, calledAt: now });
      if (command === 'start') ticket.startedAt = now;
      if (command === 'finish' || command === 'no_show') {
        ticket.finishedAt = now;
        ticket.servedBy = user.id;
      }
      if (command === 'hold') ticket.heldAt = now;
      await m.update(Ticket, { id: ticket.id }, { status: ticket.status, recallCount: ticket.recallCount, calledAt: ticket.calledAt, startedAt: ticket.startedAt, finishedAt: ticket.finishedAt, heldAt: ticket.heldAt, servedBy: ticket.servedBy });
      if (command !== 'recall' && command !== 'start') {
        w.currentTicketId = null; // done, gone or stepped away: the window is free for the next resident
        await this.saveWindow(m, w, now);
      }
      await appendTrail(m, { hallCode, subjectType: 'ticket', subjectId: ticket.id, action: command, fromStatus: from, toStatus: ticket.status, actorId: user.id, at: now, payload: { windowNumber: w.number } });
      return { window: w, ticket, called: command === 'recall', recall: command === 'recall', finished: command === 'finish' };
    });
  }

  /** Brings a held resident back to the counter (the latest held one unless named). */
  unhold(hallCode: string, n: number, user: AuthUser, ticketId?: number) {
    return this.command(hallCode, n, async (m, w, now) => {
      assertMayAct(w, user, 'operate');
      if (w.currentTicketId !== null) throw DomainError.conflict(WindowErrorCode.WINDOW_BUSY, '请先处理当前号票');
      const ticket = await m.findOne(Ticket, {
        where: ticketId ? { id: ticketId, hallCode, windowNumber: w.number, status: 'on_hold' } : { hallCode, windowNumber: w.number, status: 'on_hold' },
        order: { heldAt: 'DESC', id: 'DESC' },
      });
      if (!ticket) throw DomainError.conflict(WindowErrorCode.NO_HELD_TICKET, '该窗口没有挂起的号票');
      ticket.status = nextTicketStatus(ticket.status, 'unhold');
      await m.update(Ticket, { id: ticket.id }, { status: ticket.status });
      w.currentTicketId = ticket.id;
      await this.saveWindow(m, w, now);
      await appendTrail(m, { hallCode, subjectType: 'ticket', subjectId: ticket.id, action: 'unhold', fromStatus: 'on_hold', toStatus: ticket.status, actorId: user.id, at: now, payload: { windowNumber: w.number } });
      return { window: w, ticket };
    });
  }

  /** Sends the current resident to another queue: same number, linked to the original, keeps their place in time. */
  transfer(hallCode: string, n: number, user: AuthUser, queueCode: string) {
    return this.command(hallCode, n, async (m, w, now) => {
      assertMayAct(w, user, 'operate');
      await this.halls.requireQueue(hallCode, queueCode);
      const original = await m.findOneByOrFail(Ticket, { id: requireCurrent(w) });
      if (original.queueCode === queueCode) throw DomainError.unprocessable(WindowErrorCode.TRANSFER_SAME_QUEUE, '号票已在该队列中');
      const from = original.status;
      await m.update(Ticket, { id: original.id }, { status: nextTicketStatus(from, 'transfer'), finishedAt: now });
      const { id: _id, ...rest } = original;
      const moved = { ...rest, queueCode, status: 'waiting' as const, calledAt: null, startedAt: null, heldAt: null, finishedAt: null, windowNumber: null, recallCount: 0, transferredFromId: original.id };
      const movedId = await insertReturningId(m, Ticket, moved);
      w.currentTicketId = null;
      await this.saveWindow(m, w, now);
      await appendTrail(
        m,
        { hallCode, subjectType: 'ticket', subjectId: original.id, action: 'transfer', fromStatus: from, toStatus: 'transferred', actorId: user.id, at: now, payload: { toQueue: queueCode, toTicketId: movedId } },
        { hallCode, subjectType: 'ticket', subjectId: movedId, action: 'issue', fromStatus: null, toStatus: 'waiting', actorId: user.id, at: now, payload: { transferredFromId: original.id } },
      );
      return { window: w, ticket: { ...moved, id: movedId } as Ticket };
    });
  }

  /** The console's view of a window: its state, the current ticket and the residents on hold there. */
  async view(hallCode: string, n: number) {
    const { hall } = await this.halls.layout(hallCode);
    const { w, current, held } = await this.tx.read(async (m) => {
      const w = await this.loadWindow(m, hallCode, n);
      const current = w.currentTicketId ? await m.findOneBy(Ticket, { id: w.currentTicketId }) : null;
      const held = await m.find(Ticket, { where: { hallCode, windowNumber: n, status: 'on_hold' }, order: { heldAt: 'DESC' } });
      return { w, current, held };
    });
    return {
      window: this.windowView(w),
      ticket: current ? toStaffTicket(current, hall.timeZone) : null,
      held: held.map((t) => toStaffTicket(t, hall.timeZone)),
    };
  }

  private async command(hallCode: string, n: number, work: (m: EntityManager, w: HallWindow, now: number) => Promise<Outcome>) {
    const { hall } = await this.halls.layout(hallCode);
    // READ COMMITTED with the window row locked first: see RunOptions
    const outcome = await this.tx.run(async (m) => work(m, await this.loadWindow(m, hallCode, n, true), this.clock.now()), { isolation: 'READ COMMITTED' });
    this.publish(hallCode, outcome);
    this.outbox.nudge(outcome.notices ?? 0);
    return { window: this.windowView(outcome.window), ticket: outcome.ticket ? toStaffTicket(outcome.ticket, hall.timeZone) : null };
  }

  private publish(hallCode: string, { window: w, ticket, called, recall, finished }: Outcome): void {
    if (finished && ticket) this.estimator.forget(hallCode, ticket.queueCode);
    if (called && ticket) {
      this.events.publish(QueueEvents.TICKET_CALLED, {
        hallCode, number: ticket.number, queueCode: ticket.queueCode, windowNumber: w.number, windowName: w.name,
        calledAt: ticket.calledAt!, recall: !!recall, ...(ticket.appointment ? { appointment: true } : {}),
      });
    }
    const current = w.currentTicketId !== null && ticket?.id === w.currentTicketId ? ticket.number : null;
    this.events.publish(QueueEvents.WINDOW_CHANGED, { hallCode, windowNumber: w.number, status: w.status, currentNumber: current });
    this.events.publish(QueueEvents.CHANGED, { hallCode });
  }

  private windowView(w: HallWindow): WindowView {
    return { number: w.number, name: w.name, kind: w.kind, queueCodes: w.queueCodes, status: w.status, operatorId: w.operatorId, currentTicketId: w.currentTicketId };
  }

  private async head(m: EntityManager, hallCode: string, day: string, queues: string[], preferPriority: boolean): Promise<Ticket | null> {
    if (queues.length === 0) return null;
    return m.findOne(Ticket, {
      where: { hallCode, businessDate: day, status: 'waiting', queueCode: In(queues) },
      order: { priority: preferPriority ? 'DESC' : 'ASC', enqueuedAt: 'ASC', id: 'ASC' },
      ...rowLock(m, true), // another window's claim in flight is passed over, not waited for
    });
  }

  /** The earliest-slot checked-in appointment ticket whose slot has begun, passing over other windows' claims. */
  private async dueAppointment(m: EntityManager, hallCode: string, day: string, queues: string[], now: number): Promise<Ticket | null> {
    if (queues.length === 0) return null;
    return m.findOne(Ticket, {
      where: { hallCode, businessDate: day, status: 'waiting', queueCode: In(queues), appointment: true, appointmentStart: LessThanOrEqual(now) },
      order: { appointmentStart: 'ASC', enqueuedAt: 'ASC', id: 'ASC' },
      ...rowLock(m, true),
    });
  }

  private async loadWindow(m: EntityManager, hallCode: string, n: number, forUpdate = false): Promise<HallWindow> {
    const w = await findWindow(m, hallCode, n, { forUpdate });
    if (!w) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `${n} 号窗口不存在`);
    return w;
  }

  private saveWindow(m: EntityManager, w: HallWindow, now: number): Promise<void> {
    return saveWindowState(m, w, now);
  }
}
