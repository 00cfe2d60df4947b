import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ALL_ROLES, type Role } from '../domain/auth-user';
import { CleanText } from '../../common/validators';

const CODE = /^[A-Za-z0-9]{1,16}$/;

export class CreateUserDto {
  /** Letters, digits, '.', '_' and '-', starting with a letter or digit. */
  @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, { message: 'username: 2–32 个字母、数字或 . _ -，以字母或数字开头' }) username: string;
  @CleanText('name', 64) displayName: string;
  @IsString() @MaxLength(128) password: string;
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @ArrayMaxSize(ALL_ROLES.length) @IsIn(ALL_ROLES, { each: true }) roles: Role[];
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(64) @Matches(CODE, { each: true }) departmentCodes?: string[];
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(64) @Matches(CODE, { each: true }) hallCodes?: string[];
}

export class UpdateUserDto {
  @IsOptional() @CleanText('name', 64) displayName?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @ArrayMaxSize(ALL_ROLES.length) @IsIn(ALL_ROLES, { each: true }) roles?: Role[];
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(64) @Matches(CODE, { each: true }) departmentCodes?: string[];
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(64) @Matches(CODE, { each: true }) hallCodes?: string[];
  @IsOptional() @IsBoolean() active?: boolean;
}

export class ResetPasswordDto {
  @IsString() @MaxLength(128) password: string;
}
