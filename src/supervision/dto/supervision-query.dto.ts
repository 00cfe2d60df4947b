import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const HALL = /^[A-Za-z0-9_-]{1,16}$/;

/** `?hall=TC`; without it, the first hall. */
export class OverviewQueryDto {
  @IsOptional() @IsString() @Matches(HALL) hall?: string;
}

/**
 * `?period=day|week|month&from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv|xlsx`. Values are only checked to be short
 * strings here; parseFiguresRange and parseReportFormat give them their stable codes (INVALID_PERIOD, INVALID_DATE,
 * INVALID_RANGE, RANGE_TOO_LONG, INVALID_FORMAT).
 */
export class FiguresQueryDto extends OverviewQueryDto {
  @IsOptional() @IsString() @MaxLength(16) period?: string;
  @IsOptional() @IsString() @MaxLength(32) from?: string;
  @IsOptional() @IsString() @MaxLength(32) to?: string;
  @IsOptional() @IsString() @MaxLength(16) format?: string;
}
