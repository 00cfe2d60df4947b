import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { HallErrorCode, HallsService } from '../halls/halls.service';
import { BoardService } from '../queue/board.service';
import type { HallSource } from './view-models/hall-source';
import type { IndexHall } from './view-models/index.view-model';

const HALL_CODE = /^[A-Za-z0-9_-]{1,16}$/;

/** Loads what the page view-models need; unknown halls are a 404 the page filter renders kindly. */
@Injectable()
export class PageDataService {
  constructor(
    private readonly halls: HallsService,
    private readonly board: BoardService,
  ) {}

  async hall(code: string): Promise<HallSource> {
    if (!HALL_CODE.test(code)) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, '服务大厅不存在');
    const { hall, queues } = await this.halls.layout(code);
    const [windows, board] = await Promise.all([this.halls.listWindows(code), this.board.snapshot(code)]);
    return {
      hall: { code: hall.code, name: hall.name, timeZone: hall.timeZone },
      queues: queues.map((q) => ({ code: q.code, name: q.name })),
      windows: windows.map((w) => ({ number: w.number, name: w.name, kind: w.kind, queueCodes: w.queueCodes, status: w.status })),
      board,
    };
  }

  async index(): Promise<IndexHall[]> {
    const halls = await this.halls.listHalls();
    return Promise.all(
      halls.map(async (h) => ({ code: h.code, name: h.name, windows: (await this.halls.listWindows(h.code)).map((w) => ({ number: w.number, name: w.name })) })),
    );
  }
}
