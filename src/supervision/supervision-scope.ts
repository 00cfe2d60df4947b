import { Injectable } from '@nestjs/common';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';

export interface SupervisedHall {
  code: string;
  name: string;
  timeZone: string;
  now: number;
  /** Hall-local today. */
  today: string;
}

/** Which hall a supervision request is about (the first one when not named), and its time. */
@Injectable()
export class SupervisionScope {
  constructor(
    private readonly halls: HallsService,
    private readonly clock: Clock,
  ) {}

  async hall(code?: string): Promise<SupervisedHall> {
    const hallCode = code ?? (await this.halls.listHalls())[0]?.code;
    if (!hallCode) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, '尚未设置服务大厅');
    const { hall } = await this.halls.layout(hallCode);
    const now = this.clock.now();
    return { code: hall.code, name: hall.name, timeZone: hall.timeZone, now, today: businessDateInZone(now, hall.timeZone) };
  }
}
