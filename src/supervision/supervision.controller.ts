import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { HallScoped } from '../auth/hall.guard';
import { Roles } from '../common/auth.decorators';
import { FiguresQueryDto, OverviewQueryDto } from './dto/supervision-query.dto';
import { SupervisionFiguresService } from './supervision-figures.service';
import { SupervisionOverviewService } from './supervision-overview.service';
import { PointFiguresService } from './point-figures.service';
import { NoStore } from '../common/no-store.interceptor';

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

  /** 多点可办 and 最多跑一趟: cases by hall (the centre and its points) and by agent, the resident's visits per case. */
  @Get('figures/points')
  pointFigures(@Query() q: FiguresQueryDto) {
    return this.points.figures(q);
  }

  /** Open cases by light, overall and per department; the red and yellow list; 督办件; today's slow 即办件. */
  @Get('overview')
  overview(@Query() q: OverviewQueryDto) {
    return this.board.overview(q.hall);
  }

  /** On-time rate, working days per item, satisfaction, rectified on time, 最多跑一次 — per day, week or month. */
  @Get('figures')
  series(@Query() q: FiguresQueryDto) {
    return this.figures.figures(q);
  }
}
