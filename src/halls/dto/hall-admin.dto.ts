import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { HALL_CODE, HALL_KINDS, HallKind, MAX_WINDOW_NUMBER, QUEUE_CODE } from '../domain/hall-rules';
import type { WindowKind } from '../domain/window-kind';
import { CleanText } from '../../common/validators';

const WINDOW_KINDS: WindowKind[] = ['comprehensive', 'dedicated'];

export class OpeningIntervalDto {
  @IsString() from: string;
  @IsString() to: string;
}

/** PUT /api/v1/halls/{hall}: every field optional; `parentHall: null` makes a point a centre again (with kind). */
export class UpdateHallDto {
  @IsOptional() @CleanText('name', 128) name?: string;
  @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @IsOptional() @IsIn(HALL_KINDS) kind?: HallKind;
  @ValidateIf((_o, v) => v !== undefined && v !== null) @IsString() @Matches(HALL_CODE, { message: 'parentHall must be a hall code' }) parentHall?: string | null;
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => OpeningIntervalDto) openingHours?: OpeningIntervalDto[];
}

/** POST /api/v1/halls */
export class CreateHallDto {
  @IsString() @Matches(HALL_CODE, { message: 'code must be 1–16 letters or digits' }) code: string;
  @CleanText('name', 128) name: string;
  @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @IsOptional() @IsIn(HALL_KINDS) kind?: HallKind;
  @ValidateIf((_o, v) => v !== undefined && v !== null) @IsString() @Matches(HALL_CODE, { message: 'parentHall must be a hall code' }) parentHall?: string | null;
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => OpeningIntervalDto) openingHours?: OpeningIntervalDto[];
}

/** PUT /api/v1/halls/{hall}/queues/{code} */
export class UpdateQueueDto {
  @CleanText('name', 64) name: string;
}

/** POST /api/v1/halls/{hall}/queues */
export class CreateQueueDto extends UpdateQueueDto {
  @IsString() @Matches(QUEUE_CODE, { message: 'code must be 1–8 letters or digits' }) code: string;
}

/** PUT /api/v1/halls/{hall}/windows/{n}: every field optional. */
export class UpdateWindowDto {
  @IsOptional() @CleanText('name', 64) name?: string;
  @IsOptional() @IsIn(WINDOW_KINDS) kind?: WindowKind;
  @IsOptional() @IsArray() @ArrayMaxSize(32) @IsString({ each: true }) queueCodes?: string[];
}

/** POST /api/v1/halls/{hall}/windows */
export class CreateWindowDto {
  @IsInt() @Min(1) @Max(MAX_WINDOW_NUMBER) number: number;
  @CleanText('name', 64) name: string;
  @IsIn(WINDOW_KINDS) kind: WindowKind;
  @IsArray() @ArrayMaxSize(32) @IsString({ each: true }) queueCodes: string[];
}
