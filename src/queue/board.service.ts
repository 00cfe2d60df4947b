import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { businessDateInZone, zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { HallsService } from '../halls/halls.service';
import { hallWindows } from '../halls/halls.store';
import type { BoardSnapshot, BoardState, BoardWindow } from './domain/board';
import { HallSequence } from './hall-sequence';
import { Ticket } from './ticket.entity';

const RECENT_CALLS = 10;

/** The hall board: what every public screen shows. Never carries personal data. Committed rows only (tx.read). */
@Injectable()
export class BoardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly sequence: HallSequence,
  ) {}

  async snapshot(hallCode: string): Promise<BoardSnapshot> {
    const seq = await this.sequence.current(hallCode); // read first: a later event may repeat what the snapshot shows, never miss it
    const { hall } = await this.halls.layout(hallCode);
    const day = businessDateInZone(this.clock.now(), hall.timeZone);
    const [state, recent] = await Promise.all([
      this.state(hallCode),
      this.tx.read((m) => m.find(Ticket, {
        select: { number: true, windowNumber: true, calledAt: true, recallCount: true, appointment: true },
        where: { hallCode, businessDate: day, calledAt: Not(IsNull()) },
        order: { calledAt: 'DESC' },
        take: RECENT_CALLS,
      })),
    ]);
    return {
      seq,
      hall: hall.code,
      hallName: hall.name,
      businessDate: day,
      recentCalls: recent.map((t) => ({
        number: t.number,
        windowNumber: t.windowNumber!,
        calledAt: zonedIso(t.calledAt!, hall.timeZone),
        recall: t.recallCount > 0,
        ...(t.appointment ? { appointment: true as const } : {}),
      })),
      ...state,
    };
  }

  /** Waiting counts per queue and the windows' states: the body of board.updated. */
  async state(hallCode: string): Promise<BoardState> {
    const { hall, queueCodes } = await this.halls.layout(hallCode);
    const day = businessDateInZone(this.clock.now(), hall.timeZone);
    const counts: Array<{ queueCode: string; n: string | number }> = await this.tx.read((m) => m
      .createQueryBuilder(Ticket, 't')
      .select('t.queueCode', 'queueCode')
      .addSelect('COUNT(*)', 'n')
      .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting', { hall: hallCode, day, waiting: 'waiting' })
      .groupBy('t.queueCode')
      .getRawMany());
    const waiting = Object.fromEntries(queueCodes.map((q) => [q, 0]));
    for (const row of counts) waiting[row.queueCode] = Number(row.n);
    return { waiting, windows: await this.windows(hallCode) };
  }

  windows(hallCode: string): Promise<BoardWindow[]> {
    return this.tx.read((m) => this.readWindows(m, hallCode));
  }

  private async readWindows(m: EntityManager, hallCode: string): Promise<BoardWindow[]> {
    const rows = await hallWindows(m, hallCode);
    const currentIds = rows.map((w) => w.currentTicketId).filter((id): id is number => id !== null);
    const current = currentIds.length ? await m.find(Ticket, { select: { id: true, number: true, appointment: true }, where: currentIds.map((id) => ({ id })) }) : [];
    const numberOf = new Map(current.map((t) => [t.id, t.number]));
    const appointed = new Set(current.filter((t) => t.appointment).map((t) => t.id));
    return rows.map((w) => ({
      number: w.number,
      name: w.name,
      status: w.status,
      currentNumber: w.currentTicketId === null ? null : (numberOf.get(w.currentTicketId) ?? null),
      ...(w.currentTicketId !== null && appointed.has(w.currentTicketId) ? { currentAppointment: true as const } : {}),
    }));
  }
}
