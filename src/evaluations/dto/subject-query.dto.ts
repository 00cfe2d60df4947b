import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsQueryId } from '../../common/validators';

/** GET /api/v1/evaluations/subject: the same subject fields as a rating, in the query string. */
export class SubjectQueryDto {
  @IsOptional() @IsQueryId() ticketId?: number;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) token?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,24}$/) caseNumber?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,24}$/) requestNumber?: string;
  @IsOptional() @IsString() @Length(1, 16) code?: string;
}
