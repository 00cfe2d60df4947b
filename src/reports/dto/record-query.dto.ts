import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ReportQueryDto } from './report-query.dto';

/**
 * `GET /api/v1/reports/{kind}/records?…&window=&clerk=&department=&item=&category=&point=`: the report's query plus
 * a row's key. Values are only short strings here; parseRecordFilter gives bad ones the stable INVALID_FILTER.
 */
export class RecordQueryDto extends ReportQueryDto {
  @IsOptional() @IsString() @MaxLength(32) window?: string;
  @IsOptional() @IsString() @MaxLength(32) clerk?: string;
  @IsOptional() @IsString() @MaxLength(32) department?: string;
  @IsOptional() @IsString() @MaxLength(32) item?: string;
  @IsOptional() @IsString() @MaxLength(32) category?: string;
  @IsOptional() @IsString() @MaxLength(32) point?: string;
}
