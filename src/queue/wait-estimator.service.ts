import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { OnClusterEvent } from '../events/domain-events';
import type { HallWindow } from '../halls/hall-window.entity';
import { HallChangedEvent, HallEvents } from '../halls/hall.events';
import { HallsService } from '../halls/halls.service';
import { hallWindows } from '../halls/halls.store';
import { estimateWaitMinutes } from './domain/estimate';
import { servedQueues } from './domain/ordering';
import { QueueEvents, WindowChangedEvent } from './queue.events';
import { Ticket } from './ticket.entity';

const WINDOWS_TTL_MS = 5000;

/**
 * People ahead and the wait estimate of a waiting ticket, from recent service times and open windows.
 * Committed rows only (tx.read): what it caches must not come from a transaction that may still roll back.
 */
@Injectable()
export class WaitEstimator {
  private readonly averages = new Map<string, number | null>();
  /**
   * The hall's windows, so an estimate does not read them every time: dropped when a window's status
   * changes here (WINDOW_CHANGED) and re-read after a few seconds anyway (admin edits, other instances).
   */
  private readonly windowsByHall = new Map<string, { at: number; windows: Promise<HallWindow[]>; known?: HallWindow[] }>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    private readonly halls: HallsService,
  ) {}

  /**
   * Waiting tickets of the same queue served before this one, in one COUNT(*): checked-in appointments (预约)
   * go first once their slot begins, so they count ahead of every walk-in, and an appointment has only the
   * appointments of earlier slots ahead; then all priority tickets, then earlier ones of its class.
   */
  async ahead(t: Pick<Ticket, 'id' | 'hallCode' | 'queueCode' | 'businessDate' | 'priority' | 'enqueuedAt'> & Partial<Pick<Ticket, 'appointment' | 'appointmentStart'>>): Promise<number> {
    const earlier = '(t.enqueuedAt < :at OR (t.enqueuedAt = :at AND t.id < :id))';
    const row = await this.tx.read((m) => {
      const qb = m
        .createQueryBuilder(Ticket, 't')
        .select('COUNT(*)', 'n')
        .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting AND t.queueCode = :queue AND t.id <> :id', {
          hall: t.hallCode, day: t.businessDate, waiting: 'waiting', queue: t.queueCode, id: t.id, at: t.enqueuedAt, p: true,
        });
      if (t.appointment && t.appointmentStart != null) {
        qb.andWhere(`t.appointment = :p AND (t.appointmentStart < :slot OR (t.appointmentStart = :slot AND ${earlier}))`, { slot: t.appointmentStart });
      } else if (t.priority) qb.andWhere(`(t.appointment = :p OR (t.priority = :p AND ${earlier}))`);
      else qb.andWhere(`(t.appointment = :p OR t.priority = :p OR ${earlier})`);
      return qb.getRawOne<{ n: number | string }>();
    });
    return Number(row?.n ?? 0);
  }

  async estimateMinutes(hallCode: string, queueCode: string, ahead: number): Promise<number> {
    const [averageServiceSeconds, openWindows] = await Promise.all([
      this.averageServiceSeconds(hallCode, queueCode),
      this.openWindowsFor(hallCode, queueCode),
    ]);
    return estimateWaitMinutes({ ahead, averageServiceSeconds, openWindows, defaultServiceMinutes: this.config.DEFAULT_SERVICE_MINUTES });
  }

  /** A window opened, paused, resumed or closed: the next estimate reads the windows again. */
  /** An admin added or changed a window: its kind and queues count for the estimate at once. */
  @OnClusterEvent(HallEvents.CHANGED)
  onHallChanged(e: HallChangedEvent): void {
    if (e.subject === 'window') this.windowsByHall.delete(e.hallCode);
  }

  @OnClusterEvent(QueueEvents.WINDOW_CHANGED)
  onWindowChanged(e: WindowChangedEvent): void {
    const cached = this.windowsByHall.get(e.hallCode);
    const known = cached?.known?.find((w) => w.number === e.windowNumber);
    if (cached && (!known || known.status !== e.status)) this.windowsByHall.delete(e.hallCode);
  }

  /** Called after a service finishes so the next estimate reads the new history. */
  forget(hallCode: string, queueCode: string): void {
    this.averages.delete(`${hallCode}|${queueCode}`);
  }

  private async averageServiceSeconds(hallCode: string, queueCode: string): Promise<number | null> {
    const key = `${hallCode}|${queueCode}`;
    if (this.averages.has(key)) return this.averages.get(key)!;
    const recent = await this.tx.read((m) => m.find(Ticket, {
      select: { startedAt: true, finishedAt: true },
      where: { hallCode, queueCode, status: 'done' },
      order: { finishedAt: 'DESC' },
      take: this.config.ESTIMATE_SAMPLE_SIZE,
    }));
    const spans = recent.filter((t) => t.startedAt !== null && t.finishedAt !== null).map((t) => (t.finishedAt! - t.startedAt!) / 1000);
    const average = spans.length ? spans.reduce((a, b) => a + b, 0) / spans.length : null;
    this.averages.set(key, average);
    return average;
  }

  private async openWindowsFor(hallCode: string, queueCode: string): Promise<number> {
    const { queueCodes } = await this.halls.layout(hallCode);
    let cached = this.windowsByHall.get(hallCode);
    if (!cached || Date.now() - cached.at > WINDOWS_TTL_MS) {
      const entry: { at: number; windows: Promise<HallWindow[]>; known?: HallWindow[] } = {
        at: Date.now(),
        windows: this.tx.read((m) => hallWindows(m, hallCode)),
      };
      entry.windows.then((windows) => (entry.known = windows), () => this.windowsByHall.delete(hallCode));
      this.windowsByHall.set(hallCode, entry);
      cached = entry;
    }
    const open = (await cached.windows).filter((w) => w.status === 'open');
    return open.filter((w) => servedQueues(w.kind, w.queueCodes, queueCodes).includes(queueCode)).length;
  }
}
