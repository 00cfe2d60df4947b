import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { HallErrorCode } from './domain/hall-errors';
import { HallWindow } from './hall-window.entity';
import { Hall } from './hall.entity';
import { ServiceQueue } from './service-queue.entity';

export { HallErrorCode };

/** The hall's set-up (hall, queues, windows) changes rarely and is read on every request: keep it cached. */
export interface HallLayout {
  hall: Hall;
  queues: ServiceQueue[];
  queueCodes: string[];
}

@Injectable()
export class HallsService {
  private readonly layouts = new Map<string, HallLayout>();

  constructor(
    @InjectRepository(Hall) private readonly halls: Repository<Hall>,
    @InjectRepository(ServiceQueue) private readonly queues: Repository<ServiceQueue>,
    @InjectRepository(HallWindow) private readonly windows: Repository<HallWindow>,
  ) {}

  async layout(hallCode: string): Promise<HallLayout> {
    const cached = this.layouts.get(hallCode);
    if (cached) return cached;
    const hall = await this.halls.findOne({ where: { code: hallCode } });
    if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, `服务大厅 ${hallCode} 不存在`);
    const queues = await this.queues.find({ where: { hallCode }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const layout = { hall, queues, queueCodes: queues.map((q) => q.code) };
    this.layouts.set(hallCode, layout);
    return layout;
  }

  async listHalls(): Promise<Hall[]> {
    return this.halls.find({ order: { code: 'ASC' } });
  }

  async requireQueue(hallCode: string, queueCode: string): Promise<ServiceQueue> {
    const queue = (await this.layout(hallCode)).queues.find((q) => q.code === queueCode);
    if (!queue) throw DomainError.notFound(HallErrorCode.QUEUE_NOT_FOUND, `队列 ${queueCode} 不存在`);
    return queue;
  }

  async listWindows(hallCode: string): Promise<HallWindow[]> {
    await this.layout(hallCode);
    return this.windows.find({ where: { hallCode }, order: { number: 'ASC' } });
  }
}
