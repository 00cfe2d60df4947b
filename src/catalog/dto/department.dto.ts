import { IsString, Matches, MaxLength } from 'class-validator';
import { DEPARTMENT_CODE, DEPARTMENT_NAME_LENGTH } from '../domain/catalog-terms';

/** POST /api/v1/catalog/departments */
export class CreateDepartmentDto {
  @IsString() @Matches(DEPARTMENT_CODE, { message: 'code must be 2–16 upper-case letters or digits' }) code: string;
  @IsString() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(DEPARTMENT_NAME_LENGTH) name: string;
}

/** PUT /api/v1/catalog/departments/{code} */
export class RenameDepartmentDto {
  @IsString() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(DEPARTMENT_NAME_LENGTH) name: string;
}
