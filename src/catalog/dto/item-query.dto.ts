import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ITEM_KINDS } from '../domain/catalog-terms';
import { MAX_QUERY_LENGTH } from '../domain/item-search';

/** `GET /api/v1/catalog/items?q=&department=&kind=&queue=`: every filter optional, all combined. */
export class ItemQueryDto {
  /** Code prefix, pinyin initials (jzz) or part of the name (居住); results best first. */
  @IsOptional() @IsString() @MaxLength(MAX_QUERY_LENGTH) q?: string;
  /** Items owned by this department (any of a joint item's). */
  @IsOptional() @IsString() @MaxLength(16) department?: string;
  @IsOptional() @IsIn(ITEM_KINDS) kind?: string;
  @IsOptional() @IsString() @MaxLength(8) queue?: string;
}
