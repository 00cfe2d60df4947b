import { Injectable } from '@nestjs/common';
import { HallsService } from '../halls/halls.service';
import type { QueueOption } from './view-models/admin-catalog.view-model';

/** What the catalogue pages show of the halls: the centre's name and the queues residents take numbers in. */
@Injectable()
export class CatalogPageData {
  constructor(private readonly halls: HallsService) {}

  /** The first hall (the centre): its name and time zone, or the product's name before any hall exists. */
  async centre(): Promise<{ name: string; timeZone: string }> {
    const [first] = await this.halls.listHalls();
    return { name: first?.name ?? 'OneWindow 一窗通办', timeZone: first?.timeZone ?? 'Asia/Shanghai' };
  }

  /** Every hall's queues, each code once (the first hall's name wins). */
  async queues(): Promise<QueueOption[]> {
    const seen = new Map<string, QueueOption>();
    for (const hall of await this.halls.listHalls()) {
      for (const q of (await this.halls.layout(hall.code)).queues) if (!seen.has(q.code)) seen.set(q.code, { code: q.code, name: q.name });
    }
    return [...seen.values()];
  }
}
