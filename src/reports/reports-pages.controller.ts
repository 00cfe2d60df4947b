import { Get, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import { PageController } from '../web/page-controller.decorator';
import { monthlyReportViewModel } from './view-models/monthly-report.view-model';
import { rankingPageViewModel } from './view-models/ranking-page.view-model';
import { reportsPageViewModel } from './view-models/reports-page.view-model';

/** 考核报表: the page signs in in the browser (supervisors, admins, department heads) and fetches the reports. */
@Public()
@PageController()
export class ReportsPagesController {
  constructor(
    private readonly halls: HallsService,
    private readonly clock: Clock,
  ) {}

  @Get('reports')
  @Render('reports')
  async reports() {
    return reportsPageViewModel(await this.halls.listHalls(), this.clock.now());
  }

  @Get('reports/ranking')
  @Render('report-ranking')
  async ranking() {
    return rankingPageViewModel(await this.halls.listHalls(), this.clock.now());
  }

  /** 政务服务月报: printable A4, for the street's superiors; a bad month is a 400 page (INVALID_MONTH). */
  @Get('reports/monthly')
  @Render('report-monthly')
  async monthly(@Query() query: Record<string, unknown>) {
    return monthlyReportViewModel(await this.halls.listHalls(), query, this.clock.now());
  }
}
