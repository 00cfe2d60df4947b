import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentDevice, DeviceOnly, Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { DeviceErrorCode, type DeviceIdentity, deviceServes } from '../devices/domain/device';
import { CreateEvaluationDto, PadEvaluationDto } from './dto/create-evaluation.dto';
import { SubjectQueryDto } from './dto/subject-query.dto';
import { EvaluationsService } from './evaluations.service';
import { NoStore } from '../common/no-store.interceptor';

/** 好差评 by residents: from the ticket or case status page (public, proven by the token or query code). */
@ApiTags('evaluations')
@NoStore() // the rated visit (window, clerk, case)
@Controller('api/v1/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Public()
  @Post()
  rate(@Body() dto: CreateEvaluationDto) {
    return this.evaluations.rate(dto);
  }

  /** `?ticketId&token` or `?caseNumber&code`: can it be rated, and how was it rated. */
  @Public()
  @Get('subject')
  subject(@Query() q: SubjectQueryDto) {
    return this.evaluations.subjectStatus(q);
  }
}

/**
 * The rating pad at a window (评价器), facing the resident: only the paired pad device of that window
 * (device token); staff and other windows' pads get 403.
 */
@ApiTags('evaluations')
@ApiBearerAuth()
@DeviceOnly('pad')
@NoStore() // the visit waiting for its rating
@Controller('api/v1/halls/:hall/windows/:n')
export class PadController {
  constructor(private readonly evaluations: EvaluationsService) {}

  /** 200 `{ticketId, number, finishedAt}` or 204 when there is nothing to rate. */
  @Get('pending-evaluation')
  async pending(@Param('hall') hall: string, @Param('n', ParseIntPipe) n: number, @CurrentDevice() pad: DeviceIdentity, @Res({ passthrough: true }) res: Response) {
    requirePadOf(pad, hall, n);
    const pending = await this.evaluations.pending(hall, n);
    if (!pending) {
      res.status(204);
      return undefined;
    }
    return pending;
  }

  @Post('evaluations') @HttpCode(201)
  rate(@Param('hall') hall: string, @Param('n', ParseIntPipe) n: number, @Body() dto: PadEvaluationDto, @CurrentDevice() pad: DeviceIdentity) {
    requirePadOf(pad, hall, n);
    return this.evaluations.padRate(hall, n, dto);
  }
}

function requirePadOf(pad: DeviceIdentity, hall: string, n: number): void {
  if (!deviceServes(pad, hall, n)) throw DomainError.forbidden(DeviceErrorCode.DEVICE_WRONG_PLACE, '这台评价器不属于本窗口');
}
