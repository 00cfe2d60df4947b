import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { businessDateInZone, zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import type { BoardSnapshot, BoardWindow } from './domain/board-snapshot';
import { hallWindows } from '../halls/halls.store';
import { HallSequence } from './hall-sequence';
import { Ticket } from './ticket.entity';

const RECENT_CALLS = 10;

/** The hall board: what every public screen shows. Never carries personal data. */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly sequence: HallSequence,
  ) {}

  async snapshot(hallCode: string): Promise<BoardSnapshot> {
    const seq = this.sequence.current(hallCode); // read first: a later event may repeat what the snapshot shows, never miss it
    const { hall } = await this.halls.layout(hallCode);
    const day = businessDateInZone(this.clock.now(), hall.timeZone);
    const [state, recent] = await Promise.all([
      this.state(hallCode),
      this.db.getRepository(Ticket).find({
        select: { number: true, windowNumber: true, calledAt: true, recallCount: true },
        where: { hallCode, businessDate: day, calledAt: Not(IsNull()) },
        order: { calledAt: 'DESC' },
        take: RECENT_CALLS,
      }),
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
      })),
      ...state,
    };
  }

  /** Waiting counts per queue and the windows' states: the body of board.updated. */
  async state(hallCode: string): Promise<{ waiting: Record<string, number>; windows: BoardWindow[] }> {
    const { hall, queueCodes } = await this.halls.layout(hallCode);
    const day = businessDateInZone(this.clock.now(), hall.timeZone);
    const counts: Array<{ queueCode: string; n: string | number }> = await this.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .select('t.queueCode', 'queueCode')
      .addSelect('COUNT(*)', 'n')
      .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting', { hall: hallCode, day, waiting: 'waiting' })
      .groupBy('t.queueCode')
      .getRawMany();
    const waiting = Object.fromEntries(queueCodes.map((q) => [q, 0]));
    for (const row of counts) waiting[row.queueCode] = Number(row.n);
    return { waiting, windows: await this.windows(hallCode) };
  }

  async windows(hallCode: string): Promise<BoardWindow[]> {
    const rows = await hallWindows(this.db.manager, hallCode);
    const currentIds = rows.map((w) => w.currentTicketId).filter((id): id is number => id !== null);
    const current = currentIds.length
      ? await this.db.getRepository(Ticket).find({ select: { id: true, number: true }, where: currentIds.map((id) => ({ id })) })
      : [];
    const numberOf = new Map(current.map((t) => [t.id, t.number]));
    return rows.map((w) => ({
      number: w.number,
      name: w.name,
      status: w.status,
      currentNumber: w.currentTicketId === null ? null : (numberOf.get(w.currentTicketId) ?? null),
    }));
  }
}
