import { Injectable } from '@nestjs/common';
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

/** Request categories and their hours on the clock (seeded with DOMAIN.md's defaults; admins change them). */
@Injectable()
export class RequestCategoriesService {
  constructor(private readonly tx: TransactionRunner) {}

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

  async create(dto: RequestCategoryDto): Promise<RequestCategoryView> {
    this.check(dto);
    const code = dto.code.toUpperCase();
    return this.tx.run(async (m) => {
      if (await m.findOneBy(RequestCategoryRow, { code })) throw DomainError.conflict(RequestErrorCode.CATEGORY_EXISTS, `类别 ${code} 已存在`);
      const sortOrder = (await m.count(RequestCategoryRow)) + 1;
      const row = { code, name: dto.name, departmentCode: dto.departmentCode.toUpperCase(), responseMinutes: dto.responseHours * 60, handleMinutes: dto.handleHours * 60, sortOrder, active: dto.active ?? true };
      await m.insert(RequestCategoryRow, row);
      return toView(row);
    });
  }

  async update(code: string, dto: Omit<RequestCategoryDto, 'code'>): Promise<RequestCategoryView> {
    this.check(dto);
    return this.tx.run(async (m) => {
      const row = await m.findOneBy(RequestCategoryRow, { code: code.toUpperCase() });
      if (!row) throw DomainError.notFound(RequestErrorCode.UNKNOWN_CATEGORY, `类别 ${code} 不存在`);
      Object.assign(row, { name: dto.name, departmentCode: dto.departmentCode.toUpperCase(), responseMinutes: dto.responseHours * 60, handleMinutes: dto.handleHours * 60, active: dto.active ?? row.active });
      await m.save(RequestCategoryRow, row);
      return toView(row);
    });
  }

  private check(dto: Pick<RequestCategoryDto, 'responseHours' | 'handleHours'>): void {
    const problems = categoryProblems(dto);
    if (problems.length) throw DomainError.unprocessable(RequestErrorCode.CATEGORY_INVALID, problems.join('；'), { problems });
  }
}
