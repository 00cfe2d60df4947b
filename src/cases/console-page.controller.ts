import { Get, Param, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { QueuePageData } from '../queue/queue-page-data.service';
import { PageController } from '../web/page-controller.decorator';
import { windowNumber } from '../web/page-params';
import { consoleViewModel } from './view-models/console.view-model';

/**
 * The clerk console (综合窗口工作台): the queue's window actions with the case desk beside them. It lives with
 * the cases, which already build on the queue, so the queue never depends on the cases.
 */
@Public()
@PageController()
export class ConsolePageController {
  constructor(private readonly data: QueuePageData) {}

  @Get('console/:hall')
  @Render('console')
  async console(@Param('hall') hall: string, @Query('window') window: unknown) {
    return consoleViewModel(await this.data.hall(hall), windowNumber(window));
  }
}
