import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { HallErrorCode } from './domain/hall-errors';
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

  /** Reads committed rows (tx.read), so the cache never keeps a layout from a transaction that may roll back. */
  constructor(private readonly tx: TransactionRunner) {}

  async layout(hallCode: string): Promise<HallLayout> {
    const cached = this.layouts.get(hallCode);
    if (cached) return cached;
    const { hall, queues } = await this.tx.read(async (m) => ({
      hall: await m.findOne(Hall, { where: { code: hallCode } }),
      queues: await m.find(ServiceQueue, { where: { hallCode }, order: { sortOrder: 'ASC', code: 'ASC' } }),
    }));
    if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, `服务大厅 ${hallCode} 不存在`);
    const layout = { hall, queues, queueCodes: queues.map((q) => q.code) };
    this.layouts.set(hallCode, layout);
    return layout;
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
