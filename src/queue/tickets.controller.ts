import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentDevice, DeviceAllowed, OptionalUser, Public } from '../common/auth.decorators';
import type { DeviceIdentity } from '../devices/domain/device';
import { LimitAnonymous, LimitWrongCodes } from '../limits/limit.decorators';
import type { TicketIssuer } from './domain/ticket-issuer';
import { IssueTicketDto } from './dto/issue-ticket.dto';
import { TicketStatusQueryDto } from './dto/ticket-status-query.dto';
import { TicketsService } from './tickets.service';
import { NoStore } from '../common/no-store.interceptor';

@ApiTags('queue')
@NoStore() // A ticket's phone and status token
@Controller('api/v1')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  /**
   * The kiosk takes a number (取号). Anonymous callers (an unpaired kiosk) take normal numbers; 绿色通道
   * (`priority`) needs a paired kiosk of the hall (device token) or signed-in staff. Anonymous callers are
   * limited per address per hall (LIMIT_TICKETS_PER_ADDRESS).
   */
  @Public()
  @DeviceAllowed('kiosk')
  @LimitAnonymous('tickets', 'hall')
  @Post('halls/:hall/tickets')
  issue(@Param('hall') hall: string, @Body() dto: IssueTicketDto, @CurrentDevice() device?: DeviceIdentity, @OptionalUser() user?: AuthUser) {
    const issuer: TicketIssuer = device ? { kind: 'kiosk', hall: device.hall } : user ? { kind: 'staff' } : { kind: 'anonymous' };
    return this.tickets.issue(hall, dto, issuer);
  }

  /** The resident's ticket status, opened from the QR code on the paper ticket. */
  @Public()
  @LimitWrongCodes()
  @Get('tickets/:id')
  status(@Param('id', ParseIdPipe) id: number, @Query() query: TicketStatusQueryDto) {
    return this.tickets.status(id, query.token);
  }
}
