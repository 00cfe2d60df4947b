import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { OnClusterEvent } from '../events/domain-events';
import { HallErrorCode } from './domain/hall-errors';
import type { HallLayoutView } from './domain/hall-layout';
import { HallChangedEvent, HallEvents } from './hall.events';
import { HallWindow } from './hall-window.entity';
import { Hall } from './hall.entity';
import { ServiceQueue } from './service-queue.entity';


/** The hall's set-up (hall, queues, windows) changes rarely and is read on every request: keep it cached. */
export interface HallLayout {
  hall: Hall;
  queues: ServiceQueue[];
  queueCodes: string[];
}

@Injectable()
export class HallsService {
  private readonly layouts = new Map<string, HallLayout>();
  /** Bumped by every invalidation, so a read that raced an admin change does not cache the old layout. */
  private generation = 0;

  /** Reads committed rows (tx.read), so the cache never keeps a layout from a transaction that may roll back. */
  constructor(private readonly tx: TransactionRunner) {}

  async layout(hallCode: string): Promise<HallLayout> {
    const cached = this.layouts.get(hallCode);
    if (cached) return cached;
    const generation = this.generation;
    const { hall, queues } = await this.tx.read(async (m) => ({
      hall: await m.findOne(Hall, { where: { code: hallCode } }),
      queues: await m.find(ServiceQueue, { where: { hallCode }, order: { sortOrder: 'ASC', code: 'ASC' } }),
    }));
    if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, `服务大厅 ${hallCode} 不存在`);
    const layout = { hall, queues, queueCodes: queues.map((q) => q.code) };
    if (generation === this.generation) this.layouts.set(hallCode, layout);
    return layout;
  }

  /** Another instance's admin change (this one's already called invalidate): drop the cached layout too. */
  @OnClusterEvent(HallEvents.CHANGED)
  onHallChanged(e: HallChangedEvent): void {
    this.invalidate(e.hallCode);
  }

  /** After an admin change commits: the next layout() reads the committed rows. */
  invalidate(hallCode: string): void {
    this.generation++;
    this.layouts.delete(hallCode);
  }

  /** GET /api/v1/halls/{hall} and the `hall.changed` socket message: the hall, its queues and windows. */
  async view(hallCode: string): Promise<HallLayoutView> {
    const { hall, queues } = await this.layout(hallCode);
    const windows = await this.listWindows(hallCode);
    return {
      code: hall.code,
      name: hall.name,
      timeZone: hall.timeZone,
      kind: hall.kind,
      parentHall: hall.parentHall,
      openingHours: hall.openingHours,
      queues: queues.map((q) => ({ code: q.code, name: q.name })),
      windows: windows.map((w) => ({ number: w.number, name: w.name, kind: w.kind, queueCodes: w.queueCodes, status: w.status })),
    };
  }

  async listHalls(): Promise<Hall[]> {
    return this.tx.read((m) => m.find(Hall, { order: { code: 'ASC' } }));
  }

  async requireQueue(hallCode: string, queueCode: string): Promise<ServiceQueue> {
    const queue = (await this.layout(hallCode)).queues.find((q) => q.code === queueCode);
    if (!queue) throw DomainError.notFound(HallErrorCode.QUEUE_NOT_FOUND, `队列 ${queueCode} 不存在`);
    return queue;
  }

  async listWindows(hallCode: string): Promise<HallWindow[]> {
    await this.layout(hallCode);
    return this.tx.read((m) => m.find(HallWindow, { where: { hallCode }, order: { number: 'ASC' } }));
  }
}
