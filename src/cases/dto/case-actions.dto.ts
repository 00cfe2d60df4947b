import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { COLLECTOR_TYPES, type CollectorType } from '../domain/pickup';
import { SUSPENSION_TYPES, SuspensionType } from '../domain/case-terms';
import { CleanText, IsCalendarDate } from '../../common/validators';

export class SuppliedMaterialDto {
  @IsString() @MaxLength(32) code: string;
  @IsIn(['provided']) status: 'provided';
}

export class SupplementDto {
  @IsArray() @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => SuppliedMaterialDto) @ArrayMinSize(1) @ArrayMaxSize(100) materials: SuppliedMaterialDto[];
}

export class ReasonDto {
  @CleanText('text', 500) reason: string;
}

export class NotifyDto {
  @IsOptional() @CleanText('text', 500) reason?: string;
}

export class SuspendDto extends ReasonDto {
  @IsIn(SUSPENSION_TYPES) type: SuspensionType;
}

export class RequestExtensionDto extends ReasonDto {
  @IsInt() @Min(1) @Max(15) days: number;
}

export class RejectExtensionDto extends ReasonDto {}

export class ReturnCaseDto extends ReasonDto {
  @IsArray() @IsString({ each: true }) @MaxLength(32, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(100) missingMaterials: string[];
}

export class TransferCaseDto extends ReasonDto {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) department: string;
}

export class EscalateDto {
  /** The higher-level body the case goes to (e.g. 区民政局). */
  @CleanText('name', 64) body: string;
  @IsOptional() @CleanText('name', 64) reference?: string;
  @IsOptional() @CleanText('text', 500) note?: string;
}

export class DecideDto {
  @IsIn(['approved', 'denied']) outcome: 'approved' | 'denied';
  @IsOptional() @CleanText('text', 500) reason?: string;
  /** For escalated items (上报件): the higher level's decision document. */
  @IsOptional() @CleanText('name', 64) externalReference?: string;
}

/** Who collects at the window; the rules beyond the shape (what each type needs) are domain/pickup.ts's. */
export class CollectedByDto {
  @IsIn(COLLECTOR_TYPES as unknown as string[]) type: CollectorType;
  @IsOptional() @IsString() @MaxLength(64) name?: string;
  @IsOptional() @IsString() @MaxLength(32) idNumber?: string;
  @IsOptional() @IsBoolean() idChecked?: boolean;
}

export class DeliverDto {
  @IsIn(['window', 'post']) method: 'window' | 'post';
  @IsOptional() @CleanText('name', 64) trackingNo?: string;
  /** For `window`: who collects (checked in full when sent; absent means the applicant or their proxy); refused for `post`. */
  @IsOptional() @IsObject() @ValidateNested() @Type(() => CollectedByDto) collectedBy?: CollectedByDto;
}

export class CaseListQueryDto {
  /** Cases taken in at this hall (staff of other halls: 403 HALL_FORBIDDEN). */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) hall?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,16}$/) department?: string;
  @IsOptional() @IsString() @MaxLength(200) status?: string;
  @IsOptional() @IsIn(['green', 'yellow', 'red', 'red_plus']) warning?: string;
  @IsOptional() @IsString() @MaxLength(32) q?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  /** `me`: the cases the signed-in agent filed (an agent-only account always gets just those). */
  @IsOptional() @IsIn(['me']) agent?: 'me';
}

export class PublicCaseQueryDto {
  @IsString() @Length(1, 16) code: string;
}

export class SuperviseDto {
  /** 督办意见: what the department must do. */
  @CleanText('text', 500) note: string;
  @IsOptional() @IsCalendarDate() respondBy?: string;
}
