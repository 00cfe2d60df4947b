import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { caseApplicant, caseReferences } from '../cases/case-reads';
import { departmentNamesNow } from '../catalog/catalog.store';
import type { AuthUser } from '../auth/domain/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { HallsService } from '../halls/halls.service';
import { findTicket, ticketsByIds } from '../queue/ticket.store';
import {
  assertMayCommand, assertMayFilterDepartment, availableActions, commandOf, listScope, mayRead, RecheckOutcome, RectificationAction,
} from './domain/rectification-access';
import { rectificationLight } from './domain/rectification-deadline';
import { closingResult, nextRectificationStatus, RECTIFICATION_STATUSES, RectificationStatus } from './domain/rectification-state';
import { RectificationListQueryDto } from './dto/rectification-action.dto';
import { ResidentRequest } from '../requests/entities/request.entity';
import { Evaluation } from './entities/evaluation.entity';
import { RectificationEvent } from './entities/rectification-event.entity';
import { Rectification } from './entities/rectification.entity';
import { EvaluationErrorCode } from './evaluation.errors';
import { EvaluationEvents } from './evaluation.events';
import { appendRectificationEvents } from './rectification-trail';
import { SubjectFacts, toRectificationDetail, toRectificationSummary } from './rectification.mapper';

export interface ActionInput {
  note: string;
  outcome?: RecheckOutcome;
  satisfied?: boolean;
}

const LIST_LIMIT = 200;

/** 差评整改: lists, details with trail and light, and the steps (one transaction each). */
@Injectable()
export class RectificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendar: CalendarService,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, q: RectificationListQueryDto) {
    if (q.department) assertMayFilterDepartment(user, q.department);
    const scope = listScope(user);
    const qb = this.db.getRepository(Rectification).createQueryBuilder('r');
    if (!scope.all) {
      if (!scope.departments.length && !scope.windowHalls.length) return [];
      qb.where(new Brackets((w) => {
        if (scope.departments.length) w.orWhere("(r.ownerType = 'department' AND r.departmentCode IN (:...departments))", { departments: scope.departments });
        if (scope.windowHalls.length) w.orWhere("(r.ownerType = 'window' AND UPPER(r.hallCode) IN (:...windowHalls))", { windowHalls: scope.windowHalls.map((h) => h.toUpperCase()) });
      }));
    }
    if (q.department) qb.andWhere('r.departmentCode = :department', { department: q.department });
    const statuses = this.statuses(q.status);
    if (statuses) qb.andWhere('r.status IN (:...statuses)', { statuses });
    const rows = await qb
      .orderBy("CASE WHEN r.status = 'closed' THEN 1 ELSE 0 END", 'ASC')
      .addOrderBy('r.dueDate', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(LIST_LIMIT)
      .getMany();
    if (!rows.length) return [];
    const m = this.db.manager;
    const evaluations = await m.find(Evaluation, { where: { id: In(rows.map((r) => r.evaluationId)) } });
    const [subjects, departments] = await Promise.all([this.subjects(m, evaluations), this.departmentNames(m)]);
    const out = [];
    for (const r of rows) {
      const evaluation = evaluations.find((e) => e.id === r.evaluationId)!;
      const tz = await this.timeZone(r.hallCode);
      out.push(toRectificationSummary(r, {
        evaluation, subject: subjects.get(evaluation.id)!, departmentName: r.departmentCode ? (departments[r.departmentCode] ?? null) : null,
        light: this.light(r, tz), tz,
      }));
    }
    return out;
  }

  async get(id: number, user: AuthUser) {
    const m = this.db.manager;
    const r = await this.load(m, id);
    if (!mayRead(user, r)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权查看该整改任务');
    const evaluation = await m.findOneByOrFail(Evaluation, { id: r.evaluationId });
    const [subjects, departments, events, contact] = await Promise.all([
      this.subjects(m, [evaluation]),
      this.departmentNames(m),
      m.find(RectificationEvent, { where: { rectificationId: id }, order: { id: 'ASC' } }),
      this.contact(m, evaluation),
    ]);
    const tz = await this.timeZone(r.hallCode);
    // the applicant's name and phone for the call-back are a case's personal data: logged before they are served
    if (evaluation.caseId !== null && contact) await this.audit.personalDataRead(user, evaluation.caseId, 'rectification', subjects.get(evaluation.id)?.reference);
    return toRectificationDetail(r, {
      evaluation, subject: subjects.get(evaluation.id)!, departmentName: r.departmentCode ? (departments[r.departmentCode] ?? null) : null,
      light: this.light(r, tz), tz, events, actions: availableActions(user, r), contact,
    });
  }

  /** One step of the loop: rights first (403), then the state machine (409), then the write with its trail row. */
  async act(id: number, user: AuthUser, action: RectificationAction, input: ActionInput) {
    const command = commandOf(action, input.outcome);
    const changed = await this.tx.run(async (m) => {
      const r = await this.load(m, id);
      assertMayCommand(user, command, r);
      const from = r.status;
      const now = this.clock.now();
      const result = closingResult(command);
      const patch: Partial<Rectification> = { status: nextRectificationStatus(from, command, { appealed: r.appealed }), updatedAt: now };
      if (command === 'appeal') patch.appealed = true;
      if (result) Object.assign(patch, { closedAt: now, result, resultNote: input.note });
      if (command === 'revisit') patch.revisitSatisfied = input.satisfied ?? null;
      const updated = await m.update(Rectification, { id, status: from }, patch);
      if (!updated.affected) throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, '整改任务刚被他人处理，请刷新后重试');
      const payload: Record<string, unknown> | null =
        action === 'recheck' ? { outcome: input.outcome } : command === 'revisit' && input.satisfied !== undefined ? { satisfied: input.satisfied } : null;
      await appendRectificationEvents(m, id, user, now, { action: command, fromStatus: from, toStatus: patch.status!, note: input.note, payload });
      return { ...r, ...patch } as Rectification;
    });
    this.events.publish(EvaluationEvents.RECTIFICATION_CHANGED, {
      rectificationId: changed.id, action: command, status: changed.status, ownerType: changed.ownerType, departmentCode: changed.departmentCode,
      hallCode: changed.hallCode, windowNumber: changed.windowNumber, dueDate: changed.dueDate,
    });
    return this.get(id, user);
  }

  private async load(m: EntityManager, id: number): Promise<Rectification> {
    const r = await m.findOneBy(Rectification, { id });
    if (!r) throw DomainError.notFound(EvaluationErrorCode.RECTIFICATION_NOT_FOUND, '整改任务不存在');
    return r;
  }

  private light(r: Rectification, tz: string) {
    return rectificationLight(this.calendar.calendar(), this.clock.now(), tz, r, this.config.RECTIFICATION_DAYS);
  }

  /** `active` is every status but closed. */
  private statuses(raw?: string): RectificationStatus[] | null {
    if (!raw) return null;
    const asked = raw.split(',').flatMap((s) => (s === 'active' ? RECTIFICATION_STATUSES.filter((x) => x !== 'closed') : [s as RectificationStatus]));
    return [...new Set(asked)];
  }

  /** Ticket numbers and case numbers (with item names) of the rated subjects. */
  private async subjects(m: EntityManager, evaluations: Evaluation[]): Promise<Map<number, SubjectFacts>> {
    const ticketIds = evaluations.map((e) => e.ticketId).filter((x): x is number => x !== null);
    const caseIds = evaluations.map((e) => e.caseId).filter((x): x is number => x !== null);
    const requestIds = evaluations.map((e) => e.requestId).filter((x): x is number => x !== null);
    const tickets = await ticketsByIds(m, ticketIds);
    const cases = await caseReferences(m, caseIds);
    const requests = requestIds.length ? await m.find(ResidentRequest, { where: { id: In(requestIds) }, select: ['id', 'requestNumber', 'categoryName'] }) : [];
    return new Map(evaluations.map((e) => {
      const t = tickets.find((x) => x.id === e.ticketId);
      const c = cases.find((x) => x.id === e.caseId);
      const r = requests.find((x) => x.id === e.requestId);
      return [e.id, { reference: t?.number ?? c?.caseNumber ?? r?.requestNumber ?? null, itemName: c?.itemName ?? r?.categoryName ?? null }];
    }));
  }

  /** The resident to call back: the case's applicant, the phone left with a request, or the one left at the kiosk. */
  private async contact(m: EntityManager, e: Evaluation) {
    if (e.caseId !== null) return caseApplicant(m, e.caseId);
    if (e.requestId !== null) {
      const r = await m.findOne(ResidentRequest, { where: { id: e.requestId }, select: ['id', 'name', 'phone'] });
      return r ? { name: r.name, phone: r.phone } : null;
    }
    if (e.ticketId !== null) {
      const t = await findTicket(m, e.ticketId);
      return t?.phone ? { name: null, phone: t.phone } : null;
    }
    return null;
  }

  private departmentNames(m: EntityManager): Promise<Record<string, string>> {
    return departmentNamesNow(m);
  }

  private async timeZone(hallCode: string): Promise<string> {
    return (await this.halls.layout(hallCode)).hall.timeZone;
  }
}
