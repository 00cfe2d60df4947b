import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { IssueTicketDto } from './dto/issue-ticket.dto';
import { TicketStatusQueryDto } from './dto/ticket-status-query.dto';
import { TicketsService } from './tickets.service';

@ApiTags('queue')
@Controller('api/v1')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  /** The kiosk takes a number (取号). */
  @Public()
  @Post('halls/:hall/tickets')
  issue(@Param('hall') hall: string, @Body() dto: IssueTicketDto) {
    return this.tickets.issue(hall, dto);
  }

  /** The resident's ticket status, opened from the QR code on the paper ticket. */
  @Public()
  @Get('tickets/:id')
  status(@Param('id', ParseIntPipe) id: number, @Query() query: TicketStatusQueryDto) {
    return this.tickets.status(id, query.token);
  }
}
