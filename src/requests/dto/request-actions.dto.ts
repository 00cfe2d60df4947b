import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CleanText, IsCalendarDate } from '../../common/validators';
import { CATEGORY_CODE, CATEGORY_NAME_LENGTH } from '../domain/request-categories';
import { REQUEST_TEXT_LIMITS } from '../domain/request-limits';
import { REQUEST_STATUSES } from '../domain/request-state';

const DEPARTMENT = /^[A-Za-z0-9_-]{1,16}$/;
const STATUS_LIST = new RegExp(`^(${REQUEST_STATUSES.join('|')})(,(${REQUEST_STATUSES.join('|')}))*$`);

export class DispatchRequestDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsString({ each: true }) @Matches(DEPARTMENT, { each: true }) departmentCodes: string[];
  @IsOptional() @CleanText('text', 500) note?: string;
}

export class ReplyRequestDto {
  @CleanText('text', REQUEST_TEXT_LIMITS.reply) text: string;
}

export class ReturnRequestDto {
  @CleanText('text', REQUEST_TEXT_LIMITS.reason) reason: string;
}

export class RevisitRequestDto {
  @IsBoolean() satisfied: boolean;
  @IsOptional() @CleanText('text', 500) note?: string;
}

export class RequestListQueryDto {
  /** One status or a comma-separated list. */
  @IsOptional() @IsString() @MaxLength(120) @Matches(STATUS_LIST, { message: `status must be a comma-separated list of ${REQUEST_STATUSES.join(', ')}` }) status?: string;
  @IsOptional() @IsString() @Matches(DEPARTMENT) department?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,16}$/) hall?: string;
  @IsOptional() @IsIn(['true', 'false']) mine?: 'true' | 'false';
}

export class PublicRequestQueryDto {
  @IsString() @Matches(/^[A-Za-z0-9]{1,16}$/) code: string;
}

export class RequestFiguresQueryDto {
  @IsOptional() @IsCalendarDate() from?: string;
  @IsOptional() @IsCalendarDate() to?: string;
  @IsOptional() @IsIn(['category', 'department', 'week']) by?: 'category' | 'department' | 'week';
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9]{1,16}$/) hall?: string;
}

export class RequestCategoryDto {
  @IsString() @Matches(CATEGORY_CODE) code: string;
  @CleanText('name', CATEGORY_NAME_LENGTH) name: string;
  @IsString() @Matches(DEPARTMENT) departmentCode: string;
  @IsNumber() responseHours: number;
  @IsNumber() handleHours: number;
  @IsOptional() @IsBoolean() active?: boolean;
}
