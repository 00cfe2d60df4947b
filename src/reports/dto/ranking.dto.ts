import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * `?hall=&month=YYYY-MM&format=json|csv|xlsx&list=staff|departments`; the month's form is checked by parseMonth
 * (400 INVALID_MONTH). A CSV holds one list (staff unless `list=departments`); a workbook holds both.
 */
export class RankingQueryDto {
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) hall?: string;
  @IsOptional() @IsString() @MaxLength(16) month?: string;
  @IsOptional() @IsString() @MaxLength(16) format?: string;
  @IsOptional() @IsIn(['staff', 'departments']) list?: 'staff' | 'departments';
}

/** PUT weights: `{staff?: {component: weight}, departments?: {…}}`; the pure weightsProblem checks each set whole. */
export class RankingWeightsDto {
  @IsOptional() @IsObject() staff?: Record<string, unknown>;
  @IsOptional() @IsObject() departments?: Record<string, unknown>;
}
