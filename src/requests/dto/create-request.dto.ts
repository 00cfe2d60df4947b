import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { CleanText } from '../../common/validators';
import { MOBILE_PHONE } from '../../queue/domain/ticket-phone';
import { HOTLINE_REF_PATTERN } from '../domain/hotline-ref';
import { REQUEST_TEXT_LIMITS } from '../domain/request-limits';
import { REQUEST_SOURCES, type RequestSource } from '../domain/request-views';

/** POST /api/v1/requests (JSON, or the same fields in multipart/form-data beside `photos`). No ID number is asked. */
export class CreateRequestDto {
  @IsString() @Matches(/^[A-Za-z0-9]{1,16}$/) hall: string;
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) categoryCode: string;
  @CleanText('text', REQUEST_TEXT_LIMITS.description) description: string;
  @IsString() @Matches(MOBILE_PHONE, { message: 'phone must be an 11-digit mainland mobile number' }) phone: string;
  @IsOptional() @CleanText('name', REQUEST_TEXT_LIMITS.name) name?: string;
  @IsOptional() @CleanText('text', REQUEST_TEXT_LIMITS.location) location?: string;
  @IsOptional() @IsIn(REQUEST_SOURCES) source?: RequestSource;
  @IsOptional() @IsString() @Matches(HOTLINE_REF_PATTERN, { message: 'hotlineRef must be letters, digits, - or _ (up to 64)' }) hotlineRef?: string;
}
