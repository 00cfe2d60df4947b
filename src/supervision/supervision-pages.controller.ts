import { Get, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { CatalogService } from '../catalog/catalog.service';
import { HallsService } from '../halls/halls.service';
import { PageController } from '../web/page-controller.decorator';
import { supervisionPageViewModel } from './view-models/supervision-page.view-model';

/**
 * The supervision page (/supervision?hall=TC). The HTML carries no case data: the page signs in in the
 * browser and fetches the board and the figures with the supervisor's token.
 */
@Public()
@PageController()
export class SupervisionPagesController {
  constructor(
    private readonly halls: HallsService,
    private readonly catalog: CatalogService,
  ) {}

  @Get('supervision')
  @Render('supervision')
  async page(@Query('hall') hall: unknown) {
    const [halls, departments] = await Promise.all([this.halls.listHalls(), this.catalog.departments()]);
    return supervisionPageViewModel(halls, departments, typeof hall === 'string' ? hall : null);
  }
}
