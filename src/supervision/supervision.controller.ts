import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { HallScoped } from '../auth/hall.guard';
import { Roles } from '../common/auth.decorators';
import { FiguresQueryDto, OverviewQueryDto } from './dto/supervision-query.dto';
import { SupervisionFiguresService } from './supervision-figures.service';
import { SupervisionOverviewService } from './supervision-overview.service';
import { PointFiguresService } from './point-figures.service';
import { NoStore } from '../common/no-store.interceptor';
import { parseReportFormat } from '../reports/domain/report-query';
import { sendExport } from '../reports/table-files';
import type { Response } from 'express';
import { figuresTables, pointFiguresTables } from './domain/figures-tables';

/** 电子监察: the live board of case lights and the supervision figures. Supervisors and admins only. */
@ApiTags('supervision')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@HallScoped('query')
@NoStore() // clerks' figures and complaints
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(
    private readonly board: SupervisionOverviewService,
    private readonly figures: SupervisionFiguresService,
    private readonly points: PointFiguresService,
  ) {}

  /**
   * 多点可办 and 最多跑一趟: cases by hall (the centre and its points) and by agent, the resident's visits per case.
   * As CSV, the list by hall; as XLSX, by hall and by agent.
   */
  @Get('figures/points')
  async pointFigures(@Query() q: FiguresQueryDto, @Res({ passthrough: true }) res: Response) {
    const format = parseReportFormat(q.format);
    const figures = await this.points.figures(q);
    if (format === 'json') return figures;
    const tables = pointFiguresTables(figures);
    const name = { base: `多点可办_${figures.hall.code}_${figures.from}_${figures.to}`, ascii: `points-${figures.hall.code}-${figures.from}-${figures.to}` };
    return sendExport(res, format, { csv: tables[0], xlsx: tables }, name, `${figures.hall.name} ${figures.from} 至 ${figures.to}`);
  }

  /** Open cases by light, overall and per department; the red and yellow list; 督办件; today's slow 即办件. */
  @Get('overview')
  overview(@Query() q: OverviewQueryDto) {
    return this.board.overview(q.hall);
  }

  /** On-time rate, working days per item, satisfaction, rectified on time, 最多跑一次 — per day, week or month; CSV the periods, XLSX also the items. */
  @Get('figures')
  async series(@Query() q: FiguresQueryDto, @Res({ passthrough: true }) res: Response) {
    const format = parseReportFormat(q.format);
    const figures = await this.figures.figures(q);
    if (format === 'json') return figures;
    const tables = figuresTables(figures);
    const name = { base: `效能统计_${figures.hall.code}_${figures.from}_${figures.to}`, ascii: `figures-${figures.hall.code}-${figures.from}-${figures.to}` };
    return sendExport(res, format, { csv: tables[0], xlsx: tables }, name, `${figures.hall.name} ${figures.from} 至 ${figures.to}`);
  }
}
