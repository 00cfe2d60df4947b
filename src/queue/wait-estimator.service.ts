import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { HallWindow } from '../halls/hall-window.entity';
import { HallsService } from '../halls/halls.service';
import { estimateWaitMinutes } from './domain/estimate';
import { servedQueues } from './domain/ordering';
import { Ticket } from './ticket.entity';

/** People ahead and the wait estimate of a waiting ticket, from recent service times and open windows. */
@Injectable()
export class WaitEstimator {
  private readonly averages = new Map<string, number | null>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly halls: HallsService,
  ) {}

  /** Waiting tickets of the same queue served before this one: all priority tickets then earlier ones of its class. */
  async ahead(t: Pick<Ticket, 'id' | 'hallCode' | 'queueCode' | 'businessDate' | 'priority' | 'enqueuedAt'>): Promise<number> {
    const qb = this.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting AND t.queueCode = :queue', {
        hall: t.hallCode, day: t.businessDate, waiting: 'waiting', queue: t.queueCode,
      })
      .andWhere('t.id <> :id', { id: t.id })
      .andWhere('(t.enqueuedAt < :at OR (t.enqueuedAt = :at AND t.id < :id))', { at: t.enqueuedAt, id: t.id });
    const sameClass = await qb.clone().andWhere('t.priority = :p', { p: t.priority }).getCount();
    if (t.priority) return sameClass;
    const priorityWaiting = await this.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where('t.hallCode = :hall AND t.businessDate = :day AND t.status = :waiting AND t.queueCode = :queue AND t.priority = :p', {
        hall: t.hallCode, day: t.businessDate, waiting: 'waiting', queue: t.queueCode, p: true,
      })
      .getCount();
    return sameClass + priorityWaiting;
  }

  async estimateMinutes(hallCode: string, queueCode: string, ahead: number): Promise<number> {
    const [averageServiceSeconds, openWindows] = await Promise.all([
      this.averageServiceSeconds(hallCode, queueCode),
      this.openWindowsFor(hallCode, queueCode),
    ]);
    return estimateWaitMinutes({ ahead, averageServiceSeconds, openWindows, defaultServiceMinutes: this.config.DEFAULT_SERVICE_MINUTES });
  }

  /** Called after a service finishes so the next estimate reads the new history. */
  forget(hallCode: string, queueCode: string): void {
    this.averages.delete(`${hallCode}|${queueCode}`);
  }

  private async averageServiceSeconds(hallCode: string, queueCode: string): Promise<number | null> {
    const key = `${hallCode}|${queueCode}`;
    if (this.averages.has(key)) return this.averages.get(key)!;
    const recent = await this.db.getRepository(Ticket).find({
      select: { startedAt: true, finishedAt: true },
      where: { hallCode, queueCode, status: 'done' },
      order: { finishedAt: 'DESC' },
      take: this.config.ESTIMATE_SAMPLE_SIZE,
    });
    const spans = recent.filter((t) => t.startedAt !== null && t.finishedAt !== null).map((t) => (t.finishedAt! - t.startedAt!) / 1000);
    const average = spans.length ? spans.reduce((a, b) => a + b, 0) / spans.length : null;
    this.averages.set(key, average);
    return average;
  }

  private async openWindowsFor(hallCode: string, queueCode: string): Promise<number> {
    const { queueCodes } = await this.halls.layout(hallCode);
    const open = await this.db.getRepository(HallWindow).find({ where: { hallCode, status: 'open' } });
    return open.filter((w) => servedQueues(w.kind, w.queueCodes, queueCodes).includes(queueCode)).length;
  }
}
