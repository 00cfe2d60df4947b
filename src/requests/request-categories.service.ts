import { Injectable } from '@nestjs/common';
import { recordAdminChange } from '../audit/audit.store';
import { type AuditActor, sameValue } from '../audit/domain/audit-entry';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { categoryProblems, type RequestCategory } from './domain/request-categories';
import { RequestErrorCode } from './domain/request-errors';
import { RequestCategoryDto } from './dto/request-actions.dto';
import { RequestCategoryRow } from './entities/request-category.entity';

export interface RequestCategoryView extends RequestCategory {
  active: boolean;
}

const toView = (row: RequestCategoryRow): RequestCategoryView => ({
  code: row.code, name: row.name, departmentCode: row.departmentCode,
  responseHours: row.responseMinutes / 60, handleHours: row.handleMinutes / 60, active: row.active,
});

/** What a PUT did, as the audit log names it: switching `active` alone is an activation or a deactivation. */
function updateAction(before: RequestCategoryView, after: RequestCategoryView): string {
  const { active: wasActive, ...was } = before;
  const { active: isActive, ...is } = after;
  if (wasActive === isActive || !sameValue(was, is)) return 'request_category.update';
  return isActive ? 'request_category.activate' : 'request_category.deactivate';
}

/** Request categories and their hours on the clock (seeded with DOMAIN.md's defaults; admins change them, audited). */
@Injectable()
export class RequestCategoriesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async list(includeInactive = false): Promise<RequestCategoryView[]> {
    const rows = await this.tx.read((m) => m.find(RequestCategoryRow, { where: includeInactive ? {} : { active: true }, order: { sortOrder: 'ASC', code: 'ASC' } }));
    return rows.map(toView);
  }

  /** An active category, or 422 UNKNOWN_CATEGORY. */
  async require(code: string): Promise<RequestCategoryView> {
    const row = await this.tx.read((m) => m.findOneBy(RequestCategoryRow, { code: code.toUpperCase() }));
    if (!row || !row.active) throw DomainError.unprocessable(RequestErrorCode.UNKNOWN_CATEGORY, `诉求类别 ${code} 不存在或已停用`);
    return toView(row);
  }

  /** 409 CATEGORY_EXISTS for a taken code; 422 CATEGORY_INVALID or UNKNOWN_DEPARTMENT. */
  async create(dto: RequestCategoryDto, actor: AuditActor): Promise<RequestCategoryView> {
    const fields = await this.checked(dto);
    const code = dto.code.toUpperCase();
    return this.tx.run(async (m) => {
      if (await m.findOneBy(RequestCategoryRow, { code })) throw DomainError.conflict(RequestErrorCode.CATEGORY_EXISTS, `类别 ${code} 已存在`);
      const sortOrder = (await m.count(RequestCategoryRow)) + 1;
      const row = { code, ...fields, sortOrder, active: dto.active ?? true };
      await m.insert(RequestCategoryRow, row);
      const after = toView(row);
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'request_category.create', subjectType: 'request_category', subjectId: code, before: null, after: { ...after } });
      return after;
    });
  }

  /** 404 UNKNOWN_CATEGORY for an unknown code; 422 CATEGORY_INVALID or UNKNOWN_DEPARTMENT. */
  async update(code: string, dto: Omit<RequestCategoryDto, 'code'>, actor: AuditActor): Promise<RequestCategoryView> {
    const fields = await this.checked(dto);
    return this.tx.run(async (m) => {
      const row = await m.findOneBy(RequestCategoryRow, { code: code.toUpperCase() });
      if (!row) throw DomainError.notFound(RequestErrorCode.UNKNOWN_CATEGORY, `类别 ${code} 不存在`);
      const before = toView(row);
      Object.assign(row, { ...fields, active: dto.active ?? row.active });
      await m.save(RequestCategoryRow, row);
      const after = toView(row);
      await recordAdminChange(m, { at: this.clock.now(), actor, action: updateAction(before, after), subjectType: 'request_category', subjectId: row.code, before: { ...before }, after: { ...after } });
      return after;
    });
  }

  /** The row's fields from a valid body: sound limits (422 CATEGORY_INVALID), a department that exists (422 UNKNOWN_DEPARTMENT). */
  private async checked(dto: Omit<RequestCategoryDto, 'code'>): Promise<Pick<RequestCategoryRow, 'name' | 'departmentCode' | 'responseMinutes' | 'handleMinutes'>> {
    const problems = categoryProblems(dto);
    if (problems.length) throw DomainError.unprocessable(RequestErrorCode.CATEGORY_INVALID, problems.join('；'), { problems });
    const departmentCode = dto.departmentCode.toUpperCase();
    if (!(await this.catalog.departmentNames()).has(departmentCode)) {
      throw DomainError.unprocessable(RequestErrorCode.UNKNOWN_DEPARTMENT, `部门 ${departmentCode} 不存在`);
    }
    return { name: dto.name, departmentCode, responseMinutes: dto.responseHours * 60, handleMinutes: dto.handleHours * 60 };
  }
}
