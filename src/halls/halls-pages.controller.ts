import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { AppConfig } from '../config/app-config';
import { DevicesService } from '../devices/devices.service';
import { readDemoCentre } from '../seed/demo-centre';
import { PageController } from '../web/page-controller.decorator';
import { HallsService } from './halls.service';
import { adminHallsViewModel, adminIndexViewModel } from './view-models/admin-halls.view-model';
import { indexViewModel } from './view-models/index.view-model';

/** The landing page (/): every hall with its windows, and the centre's own pages; the admins' landing page and halls page. */
@Public()
@PageController()
export class HallsPagesController {
  constructor(
    private readonly halls: HallsService,
    private readonly devices: DevicesService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Render('index')
  async index() {
    const halls = await this.halls.listHalls();
    // SEED=demo only, and only the demo hall's devices: fresh pairing codes for a newcomer; never in a real centre
    const demoHall = this.config.SEED === 'demo' ? readDemoCentre(this.config.CONFIG_DIR).hall.code : null;
    const demoPairing = demoHall && halls.some((h) => h.code === demoHall) ? { [demoHall]: await this.devices.demoPairingLinks(demoHall) } : {};
    return indexViewModel(
      await Promise.all(
        halls.map(async (h) => ({ code: h.code, name: h.name, windows: (await this.halls.listWindows(h.code)).map((w) => ({ number: w.number, name: w.name })) })),
      ),
      demoPairing,
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
