import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { HallsService } from './halls.service';
import { adminHallsViewModel, adminIndexViewModel } from './view-models/admin-halls.view-model';
import { indexViewModel } from './view-models/index.view-model';

/** The landing page (/): every hall with its windows, and the centre's own pages; the admins' landing page and halls page. */
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

  @Get('admin')
  @Render('admin')
  adminIndex() {
    return adminIndexViewModel();
  }

  /** Holds no data: the page's script signs in as admin and uses the halls API. */
  @Get('admin/halls')
  @Render('admin-halls')
  adminHalls() {
    return adminHallsViewModel();
  }
}
