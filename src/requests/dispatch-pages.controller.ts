import { Get, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import { PageController } from '../web/page-controller.decorator';
import { dispatchPageViewModel, requestDeskViewModel, requestFiguresViewModel } from './view-models/staff-request-pages.view-model';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The staff pages of 接诉即办: the dispatcher's board (/dispatch), the officers' desk (/requests/desk) and the
 * figures (/requests/figures). The HTML carries no request data: each page signs in in the browser and
 * fetches with the token. The server's clock goes along so the countdowns agree with the server's lights.
 */
@Public()
@PageController()
export class DispatchPagesController {
  constructor(
    private readonly halls: HallsService,
    private readonly clock: Clock,
  ) {}

  @Get('dispatch')
  @Render('dispatch')
  async dispatch(@Query('hall') hall: unknown) {
    return dispatchPageViewModel(await this.halls.listHalls(), text(hall), this.clock.now());
  }

  @Get('requests/desk')
  @Render('request-desk')
  async desk(@Query('department') department: unknown) {
    return requestDeskViewModel(await this.halls.listHalls(), text(department), this.clock.now());
  }

  @Get('requests/figures')
  @Render('request-figures')
  async figures() {
    return requestFiguresViewModel(await this.halls.listHalls(), this.clock.now());
  }
}
