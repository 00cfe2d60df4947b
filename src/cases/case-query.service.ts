import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import type { AuthUser } from '../auth/domain/auth-user';
import { hallsOf } from '../auth/domain/hall-access';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { CaseClock } from './case-clock';
import { caseFacts, loadCase, openSuspension, tasksOf } from './case-store';
import { toCaseDetail, toCaseSummary, toPublicCase } from './case.mapper';
import { assertMayActOnCase, assertReachesCase, seesFullPersonalData } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { caseActions } from './domain/case-policy';
import { CASE_STATUSES, CaseStatus } from './domain/case-state';
import type { CaseDetailView } from './domain/case-views';
import { maskCaseDetail } from './domain/masking';
import { isAgentsOwnCase, limitedToOwnCases } from './domain/point-agent';
import { CaseListQueryDto } from './dto/case-actions.dto';
import { CaseEvent } from './entities/case-event.entity';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseMaterial } from './entities/case-material.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/** Who may list cases of any department (within their halls): the overseers and the front desk. */
const OVERSEERS = ['admin', 'supervisor', 'clerk'];
const BACK_OFFICE = ['officer', 'head'];

/** Reading cases: staff lists and details (lights recomputed at read time), and the resident's view. */
@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: CaseClock,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A case list: rows carry no ID numbers or phones (CaseSummaryView). What a user may list: admins and
   * supervisors every case; the front desk the cases taken in at its halls; officers and heads their
   * departments' cases from every hall (reachesCase); `?department=` and `?hall=` narrow it (a hall the user
   * doesn't work in is refused by the HallGuard before this).
   */
  async list(user: AuthUser, query: CaseListQueryDto) {
    const statuses = this.parseStatuses(query.status);
    const ownOnly = limitedToOwnCases(user) || query.agent === 'me';
    if (query.agent === 'me' && !user.roles.includes('agent')) return []; // only an agent account files as the agent
    const seesAll = user.roles.some((r) => OVERSEERS.includes(r)) || limitedToOwnCases(user);
    if (query.department && !seesAll && !user.departmentCodes.includes(query.department)) {
      throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权查看该部门的办件');
    }
    const departments = query.department ? [query.department] : seesAll ? null : user.departmentCodes;
    if (departments && departments.length === 0) return [];
    // the user's halls (null: every hall); an officer's or head's own departments reach past them
    const halls = hallsOf(user);
    const ownDepartments = user.roles.some((r) => BACK_OFFICE.includes(r)) ? user.departmentCodes : [];
    if (halls && halls.length === 0 && ownDepartments.length === 0) return [];
    const qb = this.db.getRepository(Case).createQueryBuilder('c').where('1 = 1');
    const holdingTask = (param: string) =>
      `c.id IN (${this.db.getRepository(CaseTask).createQueryBuilder('t').select('t.caseId').where(`t.departmentCode IN (:...${param})`).getQuery()})`;
    if (departments) qb.andWhere(holdingTask('departments'), { departments });
    if (halls) {
      const upperHalls = halls.map((h) => h.toUpperCase());
      qb.andWhere(new Brackets((w) => {
        w.where(upperHalls.length ? 'UPPER(c.hallCode) IN (:...upperHalls)' : '1 = 0', { upperHalls });
        if (ownDepartments.length) w.orWhere(holdingTask('ownDepartments'), { ownDepartments });
      }));
    }
    if (ownOnly) qb.andWhere('c.createdBy = :me AND c.agentType IS NOT NULL', { me: user.id });
    if (query.hall) qb.andWhere('UPPER(c.hallCode) = :hall', { hall: query.hall.toUpperCase() });
    if (statuses) qb.andWhere('c.status IN (:...statuses)', { statuses });
    if (query.q) qb.andWhere('(c.caseNumber LIKE :q OR c.itemName LIKE :q OR c.applicantName LIKE :q)', { q: `%${query.q}%` });
    const rows = await qb.orderBy('c.dueDate IS NULL', 'ASC').addOrderBy('c.dueDate', 'ASC').addOrderBy('c.id', 'ASC').take(query.limit ?? 200).getMany();
    const ids = rows.map((c) => c.id);
    const [tasks, pending] = rows.length
      ? await Promise.all([
          this.db.getRepository(CaseTask).find({ where: { caseId: In(ids) }, order: { id: 'ASC' } }),
          this.db.getRepository(CaseExtension).find({ where: { caseId: In(ids), status: 'pending' }, order: { id: 'ASC' } }),
        ])
      : [[], []];
    const out = [];
    for (const c of rows) {
      const own = tasks.filter((t) => t.caseId === c.id);
      await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(this.db.manager, c.id) : null, tasks: own });
      if (query.warning && c.warningLevel !== query.warning) continue;
      out.push(toCaseSummary(c, own, pending.filter((e) => e.caseId === c.id), await this.clock.timeZone(c.hallCode)));
    }
    return out;
  }

  /**
   * GET /cases/{id} (and every case action's answer): THE one place a case's personal data leaves the server
   * for staff. Readers outside the case's hall and departments get 403 (reachesCase); readers who may see the
   * case but have no need of its personal data get ID numbers and phones masked (seesFullPersonalData);
   * `personalData` in the answer says which. Every full answer is logged first (个人信息查询留痕); `what` says
   * which request served it.
   */
  async detailFor(user: AuthUser, id: number, what: 'detail' | 'action' = 'detail'): Promise<CaseDetailView> {
    const m = this.db.manager;
    const c = await loadCase(m, id);
    const tasks = await tasksOf(m, id);
    const place = { hallCode: c.hallCode, departments: tasks.map((t) => t.departmentCode) };
    if (limitedToOwnCases(user)) {
      if (!isAgentsOwnCase(user, c)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '代办员只能查看本人代办的办件');
    } else assertMayActOnCase(user, 'read', place.departments);
    assertReachesCase(user, place);
    await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(m, id) : null, tasks });
    const [materials, events, extensions, suspensions] = await Promise.all([
      m.find(CaseMaterial, { where: { caseId: id }, order: { sortOrder: 'ASC' } }),
      m.find(CaseEvent, { where: { caseId: id }, order: { id: 'ASC' } }),
      m.find(CaseExtension, { where: { caseId: id }, order: { id: 'ASC' } }),
      m.find(CaseSuspension, { where: { caseId: id }, order: { id: 'ASC' } }),
    ]);
    const actions = caseActions(caseFacts(c, tasks, extensions.find((e) => e.status === 'pending') ?? null), user);
    const detail = toCaseDetail(c, { tasks, materials, events, extensions, suspensions, actions }, await this.clock.timeZone(c.hallCode));
    if (!seesFullPersonalData(user, place)) return maskCaseDetail(detail);
    await this.audit.personalDataRead(user, id, what, c.caseNumber);
    return detail;
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
