import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

/** GET /api/v1/evaluations/subject: the same subject fields as a rating, in the query string. */
export class SubjectQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) ticketId?: number;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) token?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,24}$/) caseNumber?: string;
  @IsOptional() @IsString() @Length(1, 16) code?: string;
}
