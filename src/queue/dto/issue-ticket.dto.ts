import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MOBILE_PHONE } from '../domain/ticket-phone';

export class IssueTicketDto {
  @IsString() @MaxLength(8) queueCode: string;
  @IsOptional() @IsIn(['normal', 'priority']) priority?: 'normal' | 'priority';
  /** For an SMS when the number nears; mainland mobile numbers only. */
  @IsOptional() @Matches(MOBILE_PHONE, { message: 'phone must be an 11-digit mainland mobile number' }) phone?: string;
}
