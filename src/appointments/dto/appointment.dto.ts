import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CleanText, IsCalendarDate } from '../../common/validators';
import { MOBILE_PHONE } from '../../queue/domain/ticket-phone';
import { MAX_SLOT_CAPACITY } from '../domain/appointment-rules';

const HALL = /^[A-Za-z0-9_-]{1,16}$/;
const QUEUE = /^[A-Za-z0-9]{1,8}$/;

/** `?queueCode=&date=` (date default: today in the hall's zone). */
export class SlotsQueryDto {
  @IsString() @Matches(QUEUE) queueCode: string;
  @IsOptional() @IsCalendarDate() date?: string;
}

/** POST /api/v1/appointments */
export class BookAppointmentDto {
  @IsString() @Matches(HALL) hall: string;
  @IsString() @Matches(QUEUE) queueCode: string;
  /** The slot's start as the slots list gives it (ISO-8601 with offset). */
  @IsString() @MaxLength(40) @IsISO8601({ strict: true }) start: string;
  @IsString() @Matches(MOBILE_PHONE, { message: 'phone must be an 11-digit mainland mobile number' }) phone: string;
  @CleanText('name', 32) name: string;
}

/** The booking's phone: cancelling, and checking in without a paired kiosk. */
export class AppointmentPhoneDto {
  @IsString() @MaxLength(32) phone: string;
}

/** Check-in: a paired kiosk sends nothing, anyone else the booking's phone. */
export class CheckInDto {
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
}

export class CapacityDto {
  @IsInt() @Min(0) @Max(MAX_SLOT_CAPACITY) capacity: number;
}

/** `?hall=&from=&to=` (dates inclusive, by the slot's day; default the last 30 days and the next 7). */
export class AppointmentFiguresQueryDto {
  @IsOptional() @IsString() @Matches(HALL) hall?: string;
  @IsOptional() @IsCalendarDate() from?: string;
  @IsOptional() @IsCalendarDate() to?: string;
}
