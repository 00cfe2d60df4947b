import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RECTIFICATION_STATUSES } from '../domain/rectification-state';
import { CleanText } from '../../common/validators';

const STATUS = `(active|${RECTIFICATION_STATUSES.join('|')})`;
const STATUS_LIST = new RegExp(`^${STATUS}(,${STATUS})*$`);

/** verify, rectify, reply, appeal: what was found, done, answered or argued. */
export class RectificationNoteDto {
  @CleanText('text', 500) note: string;
}

/** revisit (回访): the finding, and whether the resident is now satisfied when they said so. */
export class RevisitDto extends RectificationNoteDto {
  @IsOptional() @IsBoolean() satisfied?: boolean;
}

/** recheck (复核) of an appeal: `upheld` keeps the bad review (rectify it), `overturned` accepts the appeal. */
export class RecheckDto extends RectificationNoteDto {
  @IsIn(['upheld', 'overturned']) outcome: 'upheld' | 'overturned';
}

export class RectificationListQueryDto {
  /** One status or a comma-separated list; `active` stands for every status but closed. */
  @IsOptional() @IsString() @MaxLength(120) @Matches(STATUS_LIST, { message: `status must be a comma-separated list of active, ${RECTIFICATION_STATUSES.join(', ')}` })
  status?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) department?: string;
}
