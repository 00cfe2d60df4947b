import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * `?hall=&from=&to=&format=`. Values are only checked to be short strings here; the pure parsers give them their
 * stable codes (INVALID_DATE, INVALID_RANGE, RANGE_TOO_LONG, INVALID_FORMAT).
 */
export class ReportQueryDto {
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) hall?: string;
  @IsOptional() @IsString() @MaxLength(32) from?: string;
  @IsOptional() @IsString() @MaxLength(32) to?: string;
  @IsOptional() @IsString() @MaxLength(16) format?: string;
}
