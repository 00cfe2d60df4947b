import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { HallsService } from './halls.service';
import { indexViewModel } from './view-models/index.view-model';

/** The landing page (/): every hall with its windows, and the centre's own pages. */
@Public()
@PageController()
export class HallsPagesController {
  constructor(private readonly halls: HallsService) {}

  @Get()
  @Render('index')
  async index() {
    const halls = await this.halls.listHalls();
    return indexViewModel(
      await Promise.all(
        halls.map(async (h) => ({ code: h.code, name: h.name, windows: (await this.halls.listWindows(h.code)).map((w) => ({ number: w.number, name: w.name })) })),
      ),
    );
  }
}
