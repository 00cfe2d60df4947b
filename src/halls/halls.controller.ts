import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { HallsService } from './halls.service';

@ApiTags('halls')
@Controller('api/v1/halls')
export class HallsController {
  constructor(private readonly halls: HallsService) {}

  /** What a kiosk or screen needs to set itself up: the hall, its queues and its windows. No personal data. */
  @Public()
  @Get(':hall')
  async describe(@Param('hall') hallCode: string) {
    const { hall, queues } = await this.halls.layout(hallCode);
    const windows = await this.halls.listWindows(hallCode);
    return {
      code: hall.code,
      name: hall.name,
      timeZone: hall.timeZone,
      queues: queues.map((q) => ({ code: q.code, name: q.name })),
      windows: windows.map((w) => ({ number: w.number, name: w.name, kind: w.kind, queueCodes: w.queueCodes, status: w.status })),
    };
  }
}
