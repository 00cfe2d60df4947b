import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentDevice, DeviceOnly, Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { DeviceErrorCode, type DeviceIdentity, deviceServes } from '../devices/domain/device';
import { LimitWrongCodes } from '../limits/limit.decorators';
import { EvaluationErrorCode } from './evaluation.errors';
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
  @LimitWrongCodes()
  @Post()
  rate(@Body() dto: CreateEvaluationDto, @Headers('authorization') authorization?: string) {
    residentsOnly(authorization);
    return this.evaluations.rate(dto);
  }

  /** `?ticketId&token` or `?caseNumber&code`: can it be rated, and how was it rated. */
  @Public()
  @LimitWrongCodes()
  @Get('subject')
  subject(@Query() q: SubjectQueryDto, @Headers('authorization') authorization?: string) {
    residentsOnly(authorization);
    return this.evaluations.subjectStatus(q);
  }
}

/**
 * The residents' route carries no token (their pages send none): a staff token (clerk, display, anyone) or a
 * device token (a kiosk; a pad rates on its window's route) is refused, so every rating here is a resident's.
 */
function residentsOnly(authorization: string | undefined): void {
  if (authorization !== undefined && authorization.trim() !== '') {
    throw DomainError.forbidden(EvaluationErrorCode.RATING_RESIDENTS_ONLY, '评价仅限办事群众本人，工作人员和设备不能在此评价');
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
  async pending(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentDevice() pad: DeviceIdentity, @Res({ passthrough: true }) res: Response) {
    requirePadOf(pad, hall, n);
    const pending = await this.evaluations.pending(hall, n);
    if (!pending) {
      res.status(204);
      return undefined;
    }
    return pending;
  }

  @Post('evaluations') @HttpCode(201)
  rate(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @Body() dto: PadEvaluationDto, @CurrentDevice() pad: DeviceIdentity) {
    requirePadOf(pad, hall, n);
    return this.evaluations.padRate(hall, n, dto);
  }
}

function requirePadOf(pad: DeviceIdentity, hall: string, n: number): void {
  if (!deviceServes(pad, hall, n)) throw DomainError.forbidden(DeviceErrorCode.DEVICE_WRONG_PLACE, '这台评价器不属于本窗口');
}
