import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/**
 * The item body of the admin API: the shape of config/demo-catalog.json (CatalogItemSeed). The DTOs check
 * only the shape (types, nesting, no unknown fields: 400 VALIDATION_FAILED); the catalogue rules (codes,
 * kinds, units, limits, departments, queues, materials) are checked all at once by itemProblems (422).
 * Fields marked optional take the defaults of toItemSeed.
 */
export class LimitDto {
  @IsInt() value: number;
  /** `working_days` or `hours`. */
  @IsString() unit: string;
}

export class MaterialDto {
  /** `[A-Z0-9_]{1,32}`, unique within the item; cases refer to materials by it. */
  @IsString() code: string;
  @IsString() name: string;
  /** Default 1. */
  @IsOptional() @IsInt() copies?: number;
  /** The original must be shown (default false: a copy is enough). */
  @IsOptional() @IsBoolean() original?: boolean;
  /** Default true. */
  @IsOptional() @IsBoolean() required?: boolean;
  /** 容缺: may follow after acceptance (required materials only). Default false. */
  @IsOptional() @IsBoolean() deferrable?: boolean;
  /** 告知承诺: a signed commitment may replace it. Default false. */
  @IsOptional() @IsBoolean() commitmentAllowed?: boolean;
  @IsOptional() @IsString() note?: string;
}

export class StepDto {
  @IsString() name: string;
  /** The responsible department; null for the front desk or an outside body. */
  @IsOptional() @IsString() departmentCode?: string | null;
  @IsInt() limitValue: number;
  @IsString() limitUnit: string;
  /** Done by a higher level (上报). Default false. */
  @IsOptional() @IsBoolean() external?: boolean;
  @IsOptional() @IsString() responsible?: string;
}

/** Everything of an item but its code. */
export class CatalogItemBodyDto {
  @IsString() name: string;
  /** immediate | promised | joint | escalated | request | bundle */
  @IsString() kind: string;
  /** Owning departments, the lead first. */
  @IsArray() @IsString({ each: true }) departmentCodes: string[];
  /** The queue residents take a number in; null for none. */
  @IsOptional() @IsString() queueCode?: string | null;
  @IsObject() @ValidateNested() @Type(() => LimitDto) promisedLimit: LimitDto;
  @IsObject() @ValidateNested() @Type(() => LimitDto) statutoryLimit: LimitDto;
  /** Fee in fen; default 0 (free). */
  @IsOptional() @IsInt() feeFen?: number;
  /** Default 1 (最多跑一次). */
  @IsOptional() @IsInt() visitsRequired?: number;
  @IsOptional() @IsInt() windowMinutes?: number | null;
  @IsOptional() @IsString() guide?: string;
  @IsArray() @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => MaterialDto) materials: MaterialDto[];
  @IsArray() @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => StepDto) steps: StepDto[];
  /** A bundle's (一件事) member items, in order; left out for every other kind. */
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) memberCodes?: string[];
}

/** POST /api/v1/catalog/items */
export class CreateCatalogItemDto extends CatalogItemBodyDto {
  /** `[A-Z0-9]{2,16}`; never changes once created. */
  @IsString() code: string;
}

/** PUT /api/v1/catalog/items/{code}: the whole item; `code`, when sent, must be the path's. */
export class ReplaceCatalogItemDto extends CatalogItemBodyDto {
  @IsOptional() @IsString() code?: string;
}
