import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { HallLayoutView, HallSummaryView } from './domain/hall-layout';
import { CreateHallDto, CreateQueueDto, CreateWindowDto, UpdateHallDto, UpdateQueueDto, UpdateWindowDto } from './dto/hall-admin.dto';
import { HallsAdminService } from './halls-admin.service';
import { HallsService } from './halls.service';

type QueueView = HallLayoutView['queues'][number];
type WindowView = HallLayoutView['windows'][number];

/**
 * Halls, their queues and windows: public reads for kiosks and screens; administration (admin only).
 * Shape errors are 400 VALIDATION_FAILED; rule errors 422 with a stable code; duplicates 409.
 */
@ApiTags('halls')
@Controller('api/v1/halls')
export class HallsController {
  constructor(
    private readonly halls: HallsService,
    private readonly admin: HallsAdminService,
  ) {}

  /** Every hall: `[{code, name, kind, parentHall}]`. */
  @Public()
  @Get()
  list(): Promise<HallSummaryView[]> {
    return this.admin.listHalls();
  }

  /** What a kiosk or screen needs to set itself up: the hall, its queues and its windows. No personal data. */
  @Public()
  @Get(':hall')
  describe(@Param('hall') hallCode: string): Promise<HallLayoutView> {
    return this.halls.view(hallCode);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  async createHall(@Body() body: CreateHallDto, @CurrentUser() actor: AuthUser): Promise<HallLayoutView> {
    await this.admin.createHall(body, actor);
    return this.halls.view(body.code);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put(':hall')
  async updateHall(@Param('hall') hallCode: string, @Body() body: UpdateHallDto, @CurrentUser() actor: AuthUser): Promise<HallLayoutView> {
    await this.admin.updateHall(hallCode, body, actor);
    return this.halls.view(hallCode);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post(':hall/queues')
  async createQueue(@Param('hall') hallCode: string, @Body() body: CreateQueueDto, @CurrentUser() actor: AuthUser): Promise<QueueView> {
    await this.admin.createQueue(hallCode, body, actor);
    return this.queue(hallCode, body.code);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put(':hall/queues/:code')
  async updateQueue(@Param('hall') hallCode: string, @Param('code') code: string, @Body() body: UpdateQueueDto, @CurrentUser() actor: AuthUser): Promise<QueueView> {
    await this.admin.updateQueue(hallCode, code, body, actor);
    return this.queue(hallCode, code);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post(':hall/windows')
  async createWindow(@Param('hall') hallCode: string, @Body() body: CreateWindowDto, @CurrentUser() actor: AuthUser): Promise<WindowView> {
    await this.admin.createWindow(hallCode, body, actor);
    return this.window(hallCode, body.number);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Put(':hall/windows/:n')
  async updateWindow(@Param('hall') hallCode: string, @Param('n', ParseIdPipe) n: number, @Body() body: UpdateWindowDto, @CurrentUser() actor: AuthUser): Promise<WindowView> {
    await this.admin.updateWindow(hallCode, n, body, actor);
    return this.window(hallCode, n);
  }

  private async queue(hallCode: string, code: string): Promise<QueueView> {
    const { queues } = await this.halls.view(hallCode);
    return queues.find((q) => q.code === code)!;
  }

  private async window(hallCode: string, n: number): Promise<WindowView> {
    const { windows } = await this.halls.view(hallCode);
    return windows.find((w) => w.number === n)!;
  }
}
