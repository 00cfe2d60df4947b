import { IsString, Matches } from 'class-validator';
import { CleanText } from '../../common/validators';
import { DEPARTMENT_CODE, DEPARTMENT_NAME_LENGTH } from '../domain/catalog-terms';

/** POST /api/v1/catalog/departments */
export class CreateDepartmentDto {
  @IsString() @Matches(DEPARTMENT_CODE, { message: 'code must be 2–16 upper-case letters or digits' }) code: string;
  @CleanText('name', DEPARTMENT_NAME_LENGTH) name: string;
}

/** PUT /api/v1/catalog/departments/{code} */
export class RenameDepartmentDto {
  @CleanText('name', DEPARTMENT_NAME_LENGTH) name: string;
}
