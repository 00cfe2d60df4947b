import { Injectable } from '@nestjs/common';
import { HallsService } from '../halls/halls.service';
import type { QueueOption } from './view-models/admin-catalog.view-model';

/** What the catalogue pages show of the halls: the centre's name and the queues residents take numbers in. */
@Injectable()
export class CatalogPageData {
  constructor(private readonly halls: HallsService) {}

  /** The first hall's name (the centre), or the product's name before any hall exists. */
  async centreName(): Promise<string> {
    const [first] = await this.halls.listHalls();
    return first?.name ?? 'OneWindow 一窗通办';
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
