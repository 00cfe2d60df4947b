import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';
import { BoardService } from './board.service';
import type { HallSource } from './view-models/hall-source';

const HALL_CODE = /^[A-Za-z0-9_-]{1,16}$/;

/** Loads a hall page's layout and board; unknown halls are a 404 the page filter renders kindly. */
@Injectable()
export class QueuePageData {
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
}
