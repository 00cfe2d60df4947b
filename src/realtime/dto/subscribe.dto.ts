import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

/** `{hall}` for a hall screen, `{hall, window}` for a window screen, `{department}`, `{supervision: true}` or `{dispatch: true}` for staff. */
export class SubscribeDto {
  @ValidateIf((o: SubscribeDto) => (o.department === undefined && o.supervision === undefined && o.dispatch === undefined) || o.hall !== undefined)
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) hall?: string;
  @IsOptional() @IsInt() @Min(1) @Max(999) window?: number;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) department?: string;
  /** `{supervision: true}`: every case light, for supervisors and admins. */
  @IsOptional() @IsIn([true]) supervision?: true;
  /** `{dispatch: true}`: every resident request as it is reported and worked, for dispatchers, supervisors and admins. */
  @IsOptional() @IsIn([true]) dispatch?: true;
}
