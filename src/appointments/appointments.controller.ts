import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentDevice, CurrentUser, DeviceAllowed, OptionalUser, Public, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import type { DeviceIdentity } from '../devices/domain/device';
import { LimitAnonymous, LimitWrongCodes } from '../limits/limit.decorators';
import { AppointmentsService, type CheckInCaller } from './appointments.service';
import { AppointmentFiguresQueryDto, AppointmentPhoneDto, BookAppointmentDto, CapacityDto, CheckInDto, SlotsQueryDto } from './dto/appointment.dto';

/** Appointments (预约), API.md "Appointments": public booking and check-in, admin capacities, figures. */
@ApiTags('appointments')
@NoStore() // booking codes and phones
@Controller('api/v1')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  /** The day's slots not yet begun, with capacity and places booked (none on days off). */
  @Public()
  @Get('halls/:hall/appointment-slots')
  slots(@Param('hall') hall: string, @Query() query: SlotsQueryDto) {
    return this.appointments.slots(hall, query.queueCode, query.date);
  }

  /** Today and the next 7 days with whether each is a working day (the booking page's day picker). */
  @Public()
  @Get('halls/:hall/appointment-dates')
  dates(@Param('hall') hall: string) {
    return this.appointments.dates(hall);
  }

  /** Booking (public, limited per address like other anonymous writes; a paired kiosk of the hall may book too). */
  @Public()
  @DeviceAllowed('kiosk')
  @LimitAnonymous('bookings')
  @Post('appointments')
  book(@Body() dto: BookAppointmentDto, @CurrentDevice() device?: DeviceIdentity) {
    return this.appointments.book(dto, device);
  }

  @Public()
  @LimitWrongCodes()
  @Post('appointments/:code/cancel')
  @HttpCode(200)
  cancel(@Param('code') code: string, @Body() dto: AppointmentPhoneDto) {
    return this.appointments.cancel(code, dto.phone);
  }

  /** Check-in: a paired kiosk of the hall by the code alone (scanned or typed), anyone else with the booking's phone. */
  @Public()
  @DeviceAllowed('kiosk')
  @LimitWrongCodes()
  @Post('halls/:hall/appointments/:code/check-in')
  checkIn(@Param('hall') hall: string, @Param('code') code: string, @Body() dto: CheckInDto, @CurrentDevice() device?: DeviceIdentity, @OptionalUser() user?: AuthUser) {
    const caller: CheckInCaller = device ? { kind: 'kiosk', device } : user ? { kind: 'staff' } : { kind: 'public', phone: dto.phone };
    return this.appointments.checkIn(hall, code, caller);
  }

  @Roles('admin', 'supervisor')
  @Get('halls/:hall/queues/:code/appointment-capacity')
  capacity(@Param('hall') hall: string, @Param('code') code: string) {
    return this.appointments.capacity(hall, code);
  }

  @Roles('admin')
  @Put('halls/:hall/queues/:code/appointment-capacity')
  setCapacity(@Param('hall') hall: string, @Param('code') code: string, @Body() dto: CapacityDto, @CurrentUser() actor: AuthUser) {
    return this.appointments.setCapacity(hall, code, dto.capacity, actor);
  }

  @Roles('supervisor', 'admin')
  @Get('appointments/figures')
  figures(@Query() query: AppointmentFiguresQueryDto) {
    return this.appointments.figures(query);
  }
}
