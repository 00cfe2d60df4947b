import { Controller, Get, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { HallsService } from '../halls/halls.service';
import { indexViewModel } from './view-models/index.view-model';

@ApiExcludeController()
@Public()
@Controller()
export class PagesController {
  constructor(private readonly halls: HallsService) {}

  @Get()
  @Render('index')
  async index() {
    return indexViewModel(await this.halls.listHalls());
  }
}
