import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { BoardService } from './board.service';

@ApiTags('queue')
@Controller('api/v1/halls/:hall/board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Public()
  @Get()
  snapshot(@Param('hall') hall: string) {
    return this.board.snapshot(hall);
  }
}
