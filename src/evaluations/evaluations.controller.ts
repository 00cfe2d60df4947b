import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HallScoped } from '../auth/hall.guard';
import { Public, Roles } from '../common/auth.decorators';
import { PAD_ROLES } from './domain/pad-rating';
import { CreateEvaluationDto, PadEvaluationDto } from './dto/create-evaluation.dto';
import { SubjectQueryDto } from './dto/subject-query.dto';
import { EvaluationsService } from './evaluations.service';

/** 好差评 by residents: from the ticket or case status page (public, proven by the token or query code). */
@ApiTags('evaluations')
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

/** The rating pad at a window (评价器), facing the resident; signed in as the screen account or the clerk. */
@ApiTags('evaluations')
@ApiBearerAuth()
@Roles(...PAD_ROLES)
@HallScoped()
@Controller('api/v1/halls/:hall/windows/:n')
export class PadController {
  constructor(private readonly evaluations: EvaluationsService) {}

  /** 200 `{ticketId, number, finishedAt}` or 204 when there is nothing to rate. */
  @Get('pending-evaluation')
  async pending(@Param('hall') hall: string, @Param('n', ParseIntPipe) n: number, @Res({ passthrough: true }) res: Response) {
    const pending = await this.evaluations.pending(hall, n);
    if (!pending) {
      res.status(204);
      return undefined;
    }
    return pending;
  }

  @Post('evaluations') @HttpCode(201)
  rate(@Param('hall') hall: string, @Param('n', ParseIntPipe) n: number, @Body() dto: PadEvaluationDto) {
    return this.evaluations.padRate(hall, n, dto);
  }
}
