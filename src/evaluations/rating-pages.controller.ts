import { Get, Param, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { QueuePageData } from '../queue/queue-page-data.service';
import { PageController } from '../web/page-controller.decorator';
import { windowNumber } from '../web/page-params';
import { padViewModel } from './view-models/pad.view-model';
import { parseRectificationId, rectificationsViewModel } from './view-models/rectifications.view-model';

/** Pages of the rating loop: the window pad and the rectification desk. Both sign in in the browser. */
@Public()
@PageController()
export class RatingPagesController {
  constructor(
    private readonly data: QueuePageData,
    private readonly config: AppConfig,
  ) {}

  @Get('pad/:hall/:n')
  @Render('pad')
  async pad(@Param('hall') hall: string, @Param('n') n: string) {
    const number = windowNumber(n);
    const vm = number === null ? null : padViewModel(await this.data.hall(hall), number, { rectificationDays: this.config.RECTIFICATION_DAYS });
    if (!vm) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `窗口 ${n} 不存在`);
    return vm;
  }

  @Get('rectifications')
  @Render('rectifications')
  rectifications(@Query('id') id: unknown) {
    return rectificationsViewModel(parseRectificationId(id));
  }
}
