import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { CaseClock } from './case-clock';
import { caseFacts, loadCase, openSuspension, tasksOf } from './case-store';
import { toCaseDetail, toCaseSummary, toPublicCase } from './case.mapper';
import { assertMayActOnCase } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { caseActions } from './domain/case-policy';
import { CASE_STATUSES, CaseStatus } from './domain/case-state';
import { CaseListQueryDto } from './dto/case-actions.dto';
import { CaseEvent } from './entities/case-event.entity';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseMaterial } from './entities/case-material.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

const OVERSEERS = ['admin', 'supervisor', 'clerk'];

/** Reading cases: staff lists and details (lights recomputed at read time), and the resident's view. */
@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: CaseClock,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: CaseListQueryDto) {
    const statuses = this.parseStatuses(query.status);
    const seesAll = user.roles.some((r) => OVERSEERS.includes(r));
    if (query.department && !seesAll && !user.departmentCodes.includes(query.department)) {
      throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权查看该部门的办件');
    }
    const departments = query.department ? [query.department] : seesAll ? null : user.departmentCodes;
    if (departments && departments.length === 0) return [];
    const qb = this.db.getRepository(Case).createQueryBuilder('c');
    if (departments) {
      qb.where((sub) => `c.id IN ${sub.subQuery().select('t.caseId').from(CaseTask, 't').where('t.departmentCode IN (:...departments)').getQuery()}`, { departments });
    }
    if (statuses) qb.andWhere('c.status IN (:...statuses)', { statuses });
    if (query.q) qb.andWhere('(c.caseNumber LIKE :q OR c.itemName LIKE :q OR c.applicantName LIKE :q)', { q: `%${query.q}%` });
    const rows = await qb.orderBy('c.dueDate IS NULL', 'ASC').addOrderBy('c.dueDate', 'ASC').addOrderBy('c.id', 'ASC').take(query.limit ?? 200).getMany();
    const tasks = rows.length ? await this.db.getRepository(CaseTask).find({ where: { caseId: In(rows.map((c) => c.id)) }, order: { id: 'ASC' } }) : [];
    const out = [];
    for (const c of rows) {
      const own = tasks.filter((t) => t.caseId === c.id);
      await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(this.db.manager, c.id) : null, tasks: own });
      if (query.warning && c.warningLevel !== query.warning) continue;
      out.push(toCaseSummary(c, own, await this.clock.timeZone(c.hallCode)));
    }
    return out;
  }

  /**
   * One case with its full personal data. Every such answer is logged first (个人信息查询留痕): `what` says
   * which request served it (`detail`: GET /api/v1/cases/{id}; `action`: the case as a command answers it).
   */
  async get(id: number, user: AuthUser, what: 'detail' | 'action' = 'detail') {
    const m = this.db.manager;
    const c = await loadCase(m, id);
    const tasks = await tasksOf(m, id);
    assertMayActOnCase(user, 'read', tasks.map((t) => t.departmentCode));
    await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(m, id) : null, tasks });
    const [materials, events, extensions, suspensions] = await Promise.all([
      m.find(CaseMaterial, { where: { caseId: id }, order: { sortOrder: 'ASC' } }),
      m.find(CaseEvent, { where: { caseId: id }, order: { id: 'ASC' } }),
      m.find(CaseExtension, { where: { caseId: id }, order: { id: 'ASC' } }),
      m.find(CaseSuspension, { where: { caseId: id }, order: { id: 'ASC' } }),
    ]);
    const actions = caseActions(caseFacts(c, tasks, extensions.find((e) => e.status === 'pending') ?? null), user);
    await this.audit.personalDataRead(user, id, what, c.caseNumber);
    return toCaseDetail(c, { tasks, materials, events, extensions, suspensions, actions }, await this.clock.timeZone(c.hallCode));
  }

  /** The resident's status page; a wrong number or code is the same 404. */
  async publicStatus(caseNumber: string, code: string) {
    const c = await this.db.getRepository(Case).findOneBy({ caseNumber });
    if (!c || c.queryCode !== code.toUpperCase()) throw DomainError.notFound(CaseErrorCode.CASE_NOT_FOUND, '办件编号或查询码不正确');
    await this.clock.refresh(c);
    const [events, departments] = await Promise.all([
      this.db.getRepository(CaseEvent).find({ where: { caseId: c.id }, order: { id: 'ASC' } }),
      this.catalog.departmentNames(),
    ]);
    const names = Object.fromEntries(departments);
    return toPublicCase(c, events, names, await this.clock.timeZone(c.hallCode));
  }

  private parseStatuses(raw?: string): CaseStatus[] | null {
    if (!raw) return null;
    const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((s) => !(CASE_STATUSES as readonly string[]).includes(s));
    if (bad.length) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, `unknown status: ${bad.join(', ')}`);
    return list as CaseStatus[];
  }
}
