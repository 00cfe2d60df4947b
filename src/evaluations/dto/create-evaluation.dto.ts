import { IsIn, IsInt, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SCORES, type Score } from '../domain/score';
import { CleanText, IsId } from '../../common/validators';

/** The score and optional comment every rating carries. */
export class ScoreDto {
  @IsInt() @IsIn(SCORES as unknown as number[]) score: Score;
  @IsOptional() @CleanText('text', 500) comment?: string;
}

/**
 * POST /api/v1/evaluations (public): `{ticketId, token}` (the visit), `{caseNumber, code}` (the case) or `{requestNumber, code}` (a request's answer),
 * plus the score. Which subject is given is checked by ratingSubject (exactly one, complete).
 */
export class CreateEvaluationDto extends ScoreDto {
  @IsOptional() @IsId() ticketId?: number;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) token?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,24}$/) caseNumber?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,24}$/) requestNumber?: string;
  @IsOptional() @IsString() @Length(1, 16) code?: string;
}

/** POST …/windows/{n}/evaluations: the pad rates the window's pending visit; `ticketId` pins the one it showed. */
export class PadEvaluationDto extends ScoreDto {
  @IsOptional() @IsId() ticketId?: number;
}
