import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PHONE } from '../domain/person';
import { IsChineseIdNumber, IsPersonName } from './person.validator';
import { CleanText, IsCalendarDate, IsId } from '../../common/validators';

export class PersonDto {
  @IsPersonName() name: string;
  @IsChineseIdNumber() idNumber: string;
  @Matches(PHONE, { message: 'phone must be a mobile (11 digits) or landline number' }) phone: string;
}

export class AgentDto extends PersonDto {
  /** 代办 (proxy: acts for the applicant) or 帮办 (assist: helps the applicant). */
  @IsIn(['proxy', 'assist']) type: 'proxy' | 'assist';
}

export class MaterialEntryDto {
  @IsString() @MaxLength(32) code: string;
  @IsIn(['provided', 'missing', 'deferred']) status: 'provided' | 'missing' | 'deferred';
}

export class CreateCaseDto {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) hall: string;
  @IsOptional() @IsId() ticketId?: number;
  @IsString() @MaxLength(16) serviceItemCode: string;
  @IsObject() @ValidateNested() @Type(() => PersonDto) applicant: PersonDto;
  /** Optional: left out when there is none (null is not "none": an object or nothing). */
  @ValidateIf((_o, v) => v !== undefined) @IsObject() @ValidateNested() @Type(() => AgentDto) agent?: AgentDto;
  @IsArray() @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => MaterialEntryDto) @ArrayMaxSize(100) materials: MaterialEntryDto[];
  @IsIn(['accept', 'notify', 'reject', 'complete']) decision: 'accept' | 'notify' | 'reject' | 'complete';
  @IsOptional() @CleanText('text', 500) reason?: string;
  /** For deferred materials (容缺): when they must be supplied; defaults to 10 working days, capped by the due date. */
  @IsOptional() @IsCalendarDate() supplyDueDate?: string;
}
